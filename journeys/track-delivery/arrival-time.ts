/**
 * Whether a text tells the customer when a parcel arrives: words about arriving, a day or date,
 * and a time or a time window, on one line (or a label line and the value line below it).
 */
export interface ArrivalTime {
  /** The words that say it, as written. */
  phrase: string;
  /** A window ("14:00–16:00", "between 2 and 4pm") rather than a single time. */
  window: boolean;
}

const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DAY = new RegExp(
  [
    String.raw`\b(?:today|tomorrow|tonight)\b`,
    String.raw`\b${WEEKDAY}\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b`,
    String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}[./]\d{1,2}[./]`,
  ].join('|'),
  'i',
);
// Times need a colon or am/pm: "03.06" is a date as often as a time.
const CLOCK = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[ap]\.?m\.?)?`;
const HOUR = String.raw`(?:1[0-2]|0?[1-9])`;
const TIME = new RegExp(String.raw`\b(?:${CLOCK}|${HOUR}\s*[ap]\.?m\.?)`, 'i');
const WINDOW = new RegExp(
  String.raw`\b(?:${CLOCK}|${HOUR}(?:\s*[ap]\.?m\.?)?)\s*(?:-|–|—|to|and|until|till)\s*(?:${CLOCK}|${HOUR}\s*[ap]\.?m\.?)`,
  'i',
);
// Words that look ahead to the arrival; past events ("arrived at the depot") do not count.
const ARRIVAL_WORDS =
  /\b(?:estimated|expected|expect|arrives?|arriving|arrival|due|eta|delivery (?:window|time|slot)|(?:will|we'll|we will) (?:be )?deliver(?:ed)?|deliver(?:s|ing)? (?:on|between|at)|ready (?:to collect|for collection))\b/i;

/** The first statement of an arrival time in the text, preferring a time window; undefined if none. */
export function findArrivalTime(text: string): ArrivalTime | undefined {
  const lines = segments(text);
  const candidates: ArrivalTime[] = [];
  lines.forEach((line, index) => {
    if (!ARRIVAL_WORDS.test(line)) return;
    // A label line ("Estimated arrival") may carry its value on the next line.
    for (const phrase of [line, `${line} ${lines[index + 1] ?? ''}`.trim()]) {
      if (DAY.test(phrase) && TIME.test(phrase)) {
        candidates.push({ phrase, window: WINDOW.test(phrase) });
        return;
      }
    }
  });
  return candidates.find((candidate) => candidate.window) ?? candidates[0];
}

/** Lines, and sentences within a line. */
function segments(text: string): string[] {
  return text
    .split(/\r?\n|(?<=[.!?])\s+(?=[A-Z])/)
    .map((segment) => segment.replace(/\s+/g, ' ').trim())
    .filter((segment) => segment !== '');
}
