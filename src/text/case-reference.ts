// The reference a company gives a customer's enquiry, as written in its pages and emails:
// "Your case number is C-10001", "[Case C-10001]", "Ticket #48213", "Reference: REQ-2026-0042".

/** The first case, ticket or request reference in the text, e.g. "C-10001"; undefined when there is none. */
export function caseReferenceIn(text: string): string | undefined {
  for (const match of text.matchAll(CUED_REFERENCE)) {
    const reference = match.groups!.reference!.replace(/-+$/, '');
    if (/\d/.test(reference)) return reference;
  }
  return undefined;
}

/** True when the text names the reference as a whole word: "C-1000" is not in "C-10001". */
export function mentionsReference(text: string, reference: string): boolean {
  const escaped = reference.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9-])${escaped}(?![A-Za-z0-9]|-[A-Za-z0-9])`, 'i').test(text);
}

const CUE = '(?:case|ticket|reference|ref\\.?|request)';
const QUALIFIER = '(?:\\s+(?:number|no\\.?|nr\\.?|id))?(?:\\s+is)?';
const CUED_REFERENCE = new RegExp(`\\b${CUE}${QUALIFIER}\\s*[:#]?\\s*#?(?<reference>[A-Za-z0-9][A-Za-z0-9-]*)`, 'gi');
