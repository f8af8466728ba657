import type { FaultSet } from '../../faults.ts';
import type { CarClass } from './fleet.ts';

export const MEMBER_DISCOUNT_PERCENT = 10;

/** The total for the whole rental in euro cents, as the site shows it to this customer. */
export function rentalPrice(car: CarClass, days: number, member: boolean, faults: FaultSet): number {
  const listed = car.dailyRate * days;
  if (!member) return listed;
  // The fault: the member tariff is loaded with a surcharge instead of the discount.
  return faults.has('loyalty-price-higher') ? percentOf(listed, 108) : percentOf(listed, 100 - MEMBER_DISCOUNT_PERCENT);
}

/** What the emailed offer quotes for a rental the site shows at `shown`. */
export function quotedPrice(shown: number, faults: FaultSet): number {
  // The fault: the offer is priced by the call-centre tariff, 12 % above the web price.
  return faults.has('quote-higher-than-web') ? percentOf(shown, 112) : shown;
}

/** "€1,234.50" as on the site; "EUR 1,234.50" with the code, as in offers. */
export function formatEuros(cents: number, style: 'symbol' | 'code' = 'symbol'): string {
  const euros = `${Math.floor(cents / 100).toLocaleString('en-GB')}.${String(cents % 100).padStart(2, '0')}`;
  return style === 'symbol' ? `€${euros}` : `EUR ${euros}`;
}

function percentOf(cents: number, percent: number): number {
  return Math.round((cents * percent) / 100);
}
