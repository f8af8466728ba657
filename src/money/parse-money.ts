import { currencyOf, CURRENCY_MARKER, minorDigits } from './currencies.ts';
import { money, type Money } from './money.ts';

/** Text that is not an amount of money as customers see it; the message names the text and why. */
export class MoneyFormatError extends Error {
  constructor(
    readonly text: string,
    reason: string,
  ) {
    super(`Cannot read "${text}" as money: ${reason}`);
    this.name = 'MoneyFormatError';
  }
}

const MINUS = '[-\u2212]';
const PRICE = new RegExp(
  `^(?<minus>${MINUS})?(?<before>${CURRENCY_MARKER})?\\s*(?<innerMinus>${MINUS})?(?<amount>\\d[\\d.,'\u2019\\s]*?)\\s*(?<after>${CURRENCY_MARKER})?$`,
  'u',
);

/**
 * Reads one price as a customer sees it: "EUR 412.00", "€412.00", "412,00 €", "€1,234.50",
 * "1.234,50 EUR", "$99", "CHF 1'234.50". Either "." or "," may be the decimal separator: with both,
 * the last one is; a lone separator followed by exactly three digits groups thousands ("€1,234",
 * "1.234 EUR"), except in currencies with three decimals. More decimals than the currency has,
 * digits not grouped in threes, a missing or unknown currency, or two different currencies are
 * refused with a MoneyFormatError.
 */
export function parseMoney(text: string): Money {
  const input = text.trim();
  if (input === '') throw new MoneyFormatError(text, 'it is empty');
  const parts = PRICE.exec(input)?.groups;
  if (parts?.amount === undefined) {
    throw new MoneyFormatError(text, 'expected an amount with a currency code or symbol, such as "EUR 412.00" or "€412.00"');
  }
  if (parts.minus !== undefined && parts.innerMinus !== undefined) throw new MoneyFormatError(text, 'it has two minus signs');
  const currency = currencyFrom(text, parts.before, parts.after);
  const minor = toMinorUnits(text, parts.amount.trim().replace(/\s+/g, ' ').replaceAll('\u2019', "'"), currency);
  const negative = parts.minus !== undefined || parts.innerMinus !== undefined;
  return money(currency, negative && minor !== 0 ? -minor : minor);
}

function currencyFrom(text: string, before: string | undefined, after: string | undefined): string {
  const currencies = [before, after].flatMap((marker) => (marker === undefined ? [] : [currencyOf(marker)!]));
  const [first, second] = currencies;
  if (first === undefined) throw new MoneyFormatError(text, 'it names no currency (a code such as EUR or a symbol such as €)');
  if (second !== undefined && second !== first) throw new MoneyFormatError(text, `it names two currencies, ${first} and ${second}`);
  return first;
}

function toMinorUnits(text: string, amount: string, currency: string): number {
  const digits = minorDigits(currency);
  const decimalAt = decimalSeparatorIndex(amount, digits);
  const whole = ungroup(text, decimalAt === -1 ? amount : amount.slice(0, decimalAt));
  const fraction = decimalAt === -1 ? '' : amount.slice(decimalAt + 1);
  if (decimalAt !== -1 && !/^\d+$/.test(fraction)) {
    throw new MoneyFormatError(text, fraction === '' ? 'no digits follow the decimal separator' : 'the decimals are not all digits');
  }
  if (fraction.length > digits) {
    throw new MoneyFormatError(text, `${currency} has ${digits === 0 ? 'no decimals' : `${digits} decimals`}, not ${fraction.length}`);
  }
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) throw new MoneyFormatError(text, 'the amount is too large');
  return Number(minor);
}

/** Where the decimal separator is, or -1 when the amount is whole (every separator groups digits). */
function decimalSeparatorIndex(amount: string, digits: number): number {
  const dot = amount.lastIndexOf('.');
  const comma = amount.lastIndexOf(',');
  if (dot !== -1 && comma !== -1) return Math.max(dot, comma);
  const separator = dot !== -1 ? '.' : comma !== -1 ? ',' : undefined;
  if (separator === undefined || amount.indexOf(separator) !== amount.lastIndexOf(separator)) return -1;
  const at = amount.indexOf(separator);
  const decimalsAfter = amount.length - at - 1;
  return decimalsAfter === 3 && digits !== 3 ? -1 : at;
}

/** The digits of the whole part, checking that any grouping is one separator between groups of three. */
function ungroup(text: string, whole: string): string {
  const separators = new Set(whole.replace(/\d/g, ''));
  if (separators.size === 0) return whole;
  if (separators.size > 1) throw new MoneyFormatError(text, `it mixes digit separators (${[...separators].map((s) => `"${s}"`).join(', ')})`);
  const [first, ...rest] = whole.split([...separators][0]!);
  if (!/^\d{1,3}$/.test(first!) || rest.some((group) => !/^\d{3}$/.test(group))) {
    throw new MoneyFormatError(text, 'its digits are not grouped in threes');
  }
  return [first, ...rest].join('');
}
