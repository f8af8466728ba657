const DAY_MS = 86_400_000;

/** The pick-up and return days ("YYYY-MM-DD") of a rental of `days` days starting `weeksFromToday` weeks from today. */
export function rentalDates(days: number, weeksFromToday: number, today = new Date()): { pickUp: string; dropOff: string } {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`A rental lasts a whole number of days, at least one (not ${days})`);
  if (!Number.isInteger(weeksFromToday) || weeksFromToday < 0) throw new RangeError(`A rental starts today or in whole weeks from today (not ${weeksFromToday})`);
  // The shopper's own calendar: today's local date, counted in whole days from there.
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) + weeksFromToday * 7 * DAY_MS;
  return { pickUp: isoDay(start), dropOff: isoDay(start + days * DAY_MS) };
}

/** "Sun 6 Dec 2026 to Fri 11 Dec 2026", for findings. */
export function describeDates(pickUp: string, dropOff: string): string {
  return `${describeDay(pickUp)} to ${describeDay(dropOff)}`;
}

function describeDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`"${day}" is not a calendar day (YYYY-MM-DD)`);
  const weekday = date.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' });
  const month = date.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' });
  return `${weekday} ${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
