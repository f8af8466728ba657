import { isCurrencyCode } from './currencies.ts';

/**
 * An amount of money as a customer is charged it: an ISO 4217 currency and a whole number of its
 * minor units (cents for EUR, yen for JPY). Never a float, so that EUR 0.10 + EUR 0.20 is EUR 0.30.
 */
export interface Money {
  readonly currency: string;
  readonly minor: number;
}

/** A Money value, or a clear error when the currency is not an ISO 4217 code or the amount not a whole number. */
export function money(currency: string, minor: number): Money {
  if (!isCurrencyCode(currency)) throw new RangeError(`"${currency}" is not an ISO 4217 currency code`);
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${minor} is not a whole number of ${currency} minor units`);
  return { currency, minor };
}
