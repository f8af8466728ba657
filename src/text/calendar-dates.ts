// Calendar dates as customers read them in emails and on pages: "22 May 2027", "22nd Nov 2027",
// "May 22, 2027", "2027-05-22". Only forms that cannot be misread: 03/04/2027 is 3 April in
// Europe and March 4 in the US, so all-numeric dates other than ISO 8601 are not recognised.
// Dates are calendar days, represented as midnight UTC.

export interface DateInText {
  /** Midnight UTC of the day. */
  date: Date;
  /** The date as written. */
  text: string;
  /** Where it starts in the text. */
  index: number;
}

/** Every date written in the text, in order. */
export function datesInText(text: string): DateInText[] {
  const found: DateInText[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern.regex)) {
      const date = calendarDate(Number(match.groups!.year), monthNumber(match.groups!.month!), Number(match.groups!.day));
      if (date !== undefined) found.push({ date, text: match[0], index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index).filter((entry, i, all) => i === 0 || entry.index >= all[i - 1]!.index + all[i - 1]!.text.length);
}

/** The first date written after the first place the cue matches (e.g. /renews? on/i), else undefined. */
export function dateAfter(text: string, cue: RegExp): DateInText | undefined {
  const at = cue.exec(text);
  if (at === null) return undefined;
  return datesInText(text).find((entry) => entry.index >= at.index + at[0].length);
}

/** The same day `months` calendar months later; the 31st becomes the month's last day where it has none. */
export function addCalendarMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}

/** "22 May 2027": unambiguous anywhere, for findings. */
export function formatCalendarDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]!.slice(0, 3)} ${date.getUTCFullYear()}`;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map(
  (name) => name[0]!.toUpperCase() + name.slice(1),
);
// "Sept" is common in British English; every other abbreviation is the first three letters.
const MONTH = '(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(?<day>[0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '(?<year>\\d{4})';

const PATTERNS = [
  { regex: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'gi') },
  { regex: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi') },
  { regex: /\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b/g },
];

function monthNumber(month: string): number {
  if (/^\d+$/.test(month)) return Number(month);
  return MONTHS.findIndex((name) => name.toLowerCase().startsWith(month.slice(0, 3).toLowerCase())) + 1;
}

function calendarDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}
