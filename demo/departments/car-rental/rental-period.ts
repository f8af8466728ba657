const DAY_MS = 86_400_000;
export const MAX_RENTAL_DAYS = 30;

/** Pick-up and return as calendar dates (UTC midnight), and the days charged. */
export interface RentalPeriod {
  pickUp: Date;
  dropOff: Date;
  days: number;
}

/**
 * The period a customer asked for, from the form's "YYYY-MM-DD" dates, or the reason it cannot be
 * rented. Dates are on the real calendar: customers book real days, whatever the demo clock says.
 */
export function readRentalPeriod(pickUpText: string, dropOffText: string, today = new Date()): RentalPeriod | string {
  const pickUp = calendarDate(pickUpText);
  const dropOff = calendarDate(dropOffText);
  if (pickUp === undefined || dropOff === undefined) return 'Please choose a pick-up date and a return date.';
  const days = Math.round((dropOff.getTime() - pickUp.getTime()) / DAY_MS);
  if (pickUp.getTime() < Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) {
    return 'The pick-up date is in the past. Please choose a later date.';
  }
  if (days < 1) return 'The return date must be after the pick-up date.';
  if (days > MAX_RENTAL_DAYS) return `We rent cars for up to ${MAX_RENTAL_DAYS} days at a time.`;
  return { pickUp, dropOff, days };
}

/** "Sun 6 Dec 2026": how the desk writes a date on its pages and in its offers. */
export function formatDay(date: Date): string {
  const parts = DAY_FORMAT.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2026-12-06": the date as the search form and its links carry it. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function calendarDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return isoDay(date) === text ? date : undefined;
}
