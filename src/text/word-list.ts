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
  return new RegExp(words.map(bounded).join('|'), 'iu');
}

function bounded(word: string): string {
  const trimmed = word.trim();
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const start = /^[\p{L}\p{N}]/u.test(trimmed) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = trimmed.length <= 3 ? '(?![\\p{L}\\p{N}])' : '';
  return `${start}${escaped}${end}`;
}
