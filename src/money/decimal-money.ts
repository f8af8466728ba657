import { minorDigits } from './currencies.ts';
import { money, type Money } from './money.ts';

/**
 * Money written as a plain decimal, as in a config file: ('50.00', 'EUR') or ('1000', 'JPY').
 * Always "." before the decimals, never a thousands separator; more decimals than the currency
 * has are refused.
 */
export function decimalMoney(amount: string, currency: string): Money {
  const parts = /^(\d+)(?:\.(\d+))?$/.exec(amount);
  if (!parts) throw new RangeError(`"${amount}" is not a decimal amount such as "50.00"`);
  const digits = minorDigits(currency);
  const fraction = parts[2] ?? '';
  if (fraction.length > digits) throw new RangeError(`${currency} has ${digits} decimals, "${amount}" has ${fraction.length}`);
  return money(currency, Number(parts[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0'));
}
