import { minorDigits } from './currencies.ts';
import type { Money } from './money.ts';

/** The amount as findings show it, unambiguous in every locale: "EUR 412.00", "EUR 1,234.50", "JPY 1,000". */
export function formatMoney(amount: Money): string {
  const digits = minorDigits(amount.currency);
  const text = String(Math.abs(amount.minor)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+$)/g, ',');
  const fraction = digits === 0 ? '' : `.${text.slice(text.length - digits)}`;
  return `${amount.currency} ${amount.minor < 0 ? '-' : ''}${whole}${fraction}`;
}
