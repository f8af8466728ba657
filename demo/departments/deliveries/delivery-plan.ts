import type { DemoClock } from '../../clock.ts';

export const PICK_UP_POINT = 'Demo Pick-up Point, Station Road, Demo Town';
export const PICK_UP_HOURS = { from: 9, to: 20 };

/** When the courier comes: a day on the demo calendar and a two-hour window of that day's round. */
export interface DeliverySlot {
  day: Date;
  fromHour: number;
  toHour: number;
}

const WINDOW_STARTS = [8, 10, 12, 14, 16, 18];

/** Two demo days after the order, never on a Sunday; `seed` spreads parcels over the day's round. */
export function planDelivery(clock: DemoClock, seed: number): DeliverySlot {
  const day = clock.dateAfter({ days: 2 });
  if (day.getUTCDay() === 0) day.setUTCDate(day.getUTCDate() + 1);
  const fromHour = WINDOW_STARTS[seed % WINDOW_STARTS.length]!;
  return { day, fromHour, toHour: fromHour + 2 };
}

// The demo calendar is kept in UTC, so that every page and message shows the same day.

/** "Tuesday 3 June" */
export function formatDay(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** "Tue 3 June, 09:12" */
export function formatMoment(date: Date): string {
  const day = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
  return `${day}, ${formatTime(date.getUTCHours(), date.getUTCMinutes())}`;
}

export function formatTime(hour: number, minute = 0): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
