/** A word or code from a carrier's internal systems that means nothing to a customer. */
export interface Jargon {
  term: string;
  /** The line it appears on. */
  line: string;
}

/**
 * What counts as jargon on a tracking page or in a notice: EDI and its message names, terminal
 * and sorting-centre codes (4 to 6 digits after a place word, as in "Sorted at Itella 01010"),
 * status and event codes ("Status 22"), and carriers' upper-case abbreviations ("ARR TERM").
 */
const JARGON: readonly RegExp[] = [
  /\bEDI(?:FACT)?\b(?:\s+(?:message|pre-?notice|pre-?advice))?/g,
  /\b(?:IFTMIN|IFTSTA|IFTMBF|IFCSUM|DESADV)\b/g,
  /\bpre-?advice\b/gi,
  /\b(?:status|event|scan|reason)(?:\s+code)?\s*[:#]?\s*\d{1,4}\b/gi,
  /(?<=\b(?:at|terminal|term|hub|depot|centre|center|facility|location)\s+)(?:[A-Za-z]+\s+)?\d{4,6}\b(?![-/.:]\d)/gi,
  /\b(?:ARR|DEP|POD|PUDO|OFD|TERM|HUB)\b/g,
];

/** Every distinct piece of jargon in the text, in the order it appears. */
export function findJargon(text: string): Jargon[] {
  const found: Jargon[] = [];
  const seen = new Set<string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/\s+/g, ' ').trim();
    const matches = JARGON.flatMap((pattern) => [...line.matchAll(pattern)]).sort((a, b) => a.index - b.index);
    for (const match of matches) {
      const term = match[0].trim();
      if (seen.has(term.toLowerCase())) continue;
      seen.add(term.toLowerCase());
      found.push({ term, line });
    }
  }
  return found;
}
