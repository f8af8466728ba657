// Calendar days on the demo calendar (midnight UTC), as the membership records and letters show them.

const DAY_MS = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function startOfDay(moment: Date): Date {
  return new Date(Math.floor(moment.getTime() / DAY_MS) * DAY_MS);
}

/** The same day `months` calendar months later; the 31st becomes the month's last day where it has none. */
export function addMonths(day: Date, months: number): Date {
  const month = day.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(day.getUTCFullYear(), month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(day.getUTCFullYear(), month, Math.min(day.getUTCDate(), lastDay)));
}

/** Days from `from` to `to`, with fractions; negative when `to` is earlier. */
export function daysUntil(to: Date, from: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

/** "22 November 2027" */
export function formatDay(day: Date): string {
  return `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}
