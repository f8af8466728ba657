/** A card number with every digit but the last four masked: "7012 3456 7890" → "•••• •••• 7890". */
export function maskCardNumber(number: string): string {
  let digitsLeft = number.replace(/\D/g, '').length;
  return number.replace(/\d/g, (digit) => (digitsLeft-- > 4 ? '•' : digit));
}
