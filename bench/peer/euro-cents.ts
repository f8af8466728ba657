/** "€1,234.56" or "EUR 1,234.56" as cents; throws when the text holds no such amount. */
export function euroCents(text: string): number {
  const amount = /(?:€|EUR)\s*([\d,]+)\.(\d{2})/.exec(text);
  if (!amount) throw new Error(`no euro amount in "${text}"`);
  return Number(amount[1]!.replaceAll(',', '')) * 100 + Number(amount[2]);
}
