import { formatMoney } from './format-money.ts';
import { money, type Money } from './money.ts';

/** Two amounts in different currencies: which is more depends on an exchange rate, so no answer. */
export class CurrencyMismatchError extends Error {
  constructor(a: Money, b: Money) {
    super(`Cannot compare ${formatMoney(a)} with ${formatMoney(b)}: they are in different currencies`);
    this.name = 'CurrencyMismatchError';
  }
}

/** -1, 0 or 1 as `a` is less than, equal to or more than `b`; the currencies must be the same. */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
}

export function isMoreThan(a: Money, b: Money): boolean {
  return compareMoney(a, b) > 0;
}

export function isSameAmount(a: Money, b: Money): boolean {
  return compareMoney(a, b) === 0;
}

/** `a` minus `b`. */
export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.currency, a.minor - b.minor);
}

/** How much `a` differs from `b`, in percent of `b`, to one decimal: for people to read, never to compare. */
export function percentDifference(a: Money, b: Money): number {
  sameCurrency(a, b);
  if (b.minor === 0) throw new RangeError(`No percentage of ${formatMoney(b)}`);
  return Math.round(((a.minor - b.minor) * 1000) / b.minor) / 10;
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a, b);
}
