/**
 * A pattern that finds any of the words or phrases in a text, case-insensitively, e.g. the built-in
 * vocabulary of a journey plus a target's own words from its configuration. A word must start a
 * word of the text and may be a stem ("désinscri" finds "désinscription"); words of three letters
 * or fewer must be whole ("ja" is not in "Jatka"). Words are plain text, not patterns: a
 * company's "Opt-out (1 click)" matches literally.
 */
export function anyOf(...lists: ReadonlyArray<ReadonlyArray<string>>): RegExp {
  const words = lists.flat().filter((word) => word.trim() !== '');
  if (words.length === 0) return /(?!)/;
  // No 'u' flag: Playwright's text selectors cannot carry it. Letters are spelled out instead.
  return new RegExp(words.map(bounded).join('|'), 'i');
}

function bounded(word: string): string {
  const trimmed = word.trim();
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const start = new RegExp(`^[${LETTER}]`).test(trimmed) ? `(?<![${LETTER}])` : '';
  const end = trimmed.length <= 3 ? `(?![${LETTER}])` : '';
  return `${start}${escaped}${end}`;
}

/** Letters and digits of the Latin alphabets (basic, Latin-1, Extended-A and -B). */
const LETTER = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
