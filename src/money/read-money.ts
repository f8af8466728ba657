import { currencyOf, isCurrencyCode, minorDigits } from './currencies.ts';
import { money, type Money } from './money.ts';
import { MoneyFormatError, parseMoney } from './parse-money.ts';

/** How a shop writes its prices: its locale ("sv-SE") and the currency a bare local sign ("kr") stands for. */
export interface MoneyNotation {
  locale?: string | undefined;
  currency?: string | undefined;
}

const NUMBER = /[-\u2212]?\d(?:[\d\s\u00a0\u202f.,'\u2019]*\d)?/u;

/**
 * Reads one price as the shop writes it, in any locale: "1.234,56 €" (de-DE), "kr 1 990,00" or
 * "1 990,00 kr" (sv-SE, currency SEK), "64.88 USD" (en-US), "CHF 1’234.50" (de-CH). The locale's
 * own separators and currency signs come from `Intl`, so no table of locales is kept here. Without
 * a locale, either notation is read (parseMoney).
 */
export function readMoney(text: string, notation: MoneyNotation = {}): Money {
  if (!notation.locale) return parseMoney(text);
  const { locale } = notation;
  const currency = currencyIn(text, locale, notation.currency);
  // Apostrophes group digits in Switzerland, typed straight or curly whatever ICU says.
  const written = NUMBER.exec(text)?.[0]?.replaceAll('\u2019', "'");
  if (!written) throw new MoneyFormatError(text, 'it has no amount');
  const { group, decimal } = separators(locale);
  const ungrouped = /\s/.test(group) ? written.replace(/[\s\u00a0\u202f]/g, '') : written.replaceAll(group, '');
  const plain = ungrouped.replace(decimal, '.').replace('\u2212', '-');
  const parts = /^(-?)(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!parts) throw new MoneyFormatError(text, `it is not an amount as ${locale} writes one (groups "${group}", decimals "${decimal}")`);
  const digits = minorDigits(currency);
  const fraction = parts[3] ?? '';
  if (fraction.length > digits) throw new MoneyFormatError(text, `${currency} has ${digits} decimals, not ${fraction.length}`);
  const minor = Number(parts[2]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return money(currency, parts[1] && minor !== 0 ? -minor : minor);
}

/** The currency a price names: an ISO code, the locale's sign for the shop's currency, or a sign known everywhere. */
function currencyIn(text: string, locale: string, shopCurrency: string | undefined): string {
  const code = /(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/.exec(text)?.[0];
  if (code && isCurrencyCode(code)) return code;
  if (shopCurrency && localSigns(locale, shopCurrency).some((sign) => text.includes(sign))) return shopCurrency;
  const sign = /[^\d\s\u00a0\u202f.,'\u2019\-\u2212]+/u.exec(text)?.[0];
  const known = sign ? currencyOf(sign) : undefined;
  if (known) return known;
  if (shopCurrency && !sign) return shopCurrency;
  throw new MoneyFormatError(text, shopCurrency ? `it names no currency ${locale} writes for ${shopCurrency}` : 'it names no currency (set the target\'s checkout.currency for a local sign such as "kr")');
}

/** How the locale writes this currency: "kr" for SEK in sv-SE, "€" for EUR in de-DE, "US$" and "$" for USD. */
function localSigns(locale: string, currency: string): string[] {
  const signs = (['symbol', 'narrowSymbol'] as const).map(
    (currencyDisplay) => new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay }).formatToParts(1).find((part) => part.type === 'currency')?.value ?? currency,
  );
  return [...new Set(signs)].sort((a, b) => b.length - a.length);
}

function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  return { group: (parts.find((part) => part.type === 'group')?.value ?? ',').replace('\u2019', "'"), decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.' };
}
