// A tiny local reader for money as pages show it, e.g. "EUR 1,234.50" or "€412.00" (English
// notation). Amounts are kept as integer minor units with their currency.

export interface Money {
  currency: string;
  /** In minor units (cents). */
  minor: number;
}

const SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP' };
const AMOUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?`;
const PREFIXED = new RegExp(String.raw`([A-Z]{3}|[€$£])\s?${AMOUNT}`);
const SUFFIXED = new RegExp(String.raw`${AMOUNT}\s?([A-Z]{3}|€)`);

/** The first amount of money in a text, or undefined. */
export function parseMoneyText(text: string): Money | undefined {
  const prefixed = PREFIXED.exec(text);
  if (prefixed) return money(prefixed[1]!, prefixed[2]!, prefixed[3]);
  const suffixed = SUFFIXED.exec(text);
  return suffixed ? money(suffixed[3]!, suffixed[1]!, suffixed[2]) : undefined;
}

/** "EUR 1,234.50" */
export function formatMoney({ currency, minor }: Money): string {
  const units = (minor / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${currency} ${units}`;
}

export function sameMoney(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.minor === b.minor;
}

function money(currency: string, units: string, cents: string | undefined): Money {
  return { currency: SYMBOLS[currency] ?? currency, minor: Number(units.replaceAll(',', '')) * 100 + Number(cents ?? 0) };
}
