// The reference a company gives a customer's enquiry, as written in its pages and emails, in any
// of the languages its customers read: "Your case number is C-10001", "[Case C-10001]",
// "Ticket #48213", "Reference: REQ-2026-0042", "Tikettinumerosi on #1234", "Ihre Vorgangsnummer:
// 55-12", and the subject tags help desks put on every mail of a ticket: "[example.com #123]"
// (Request Tracker), "[Ticket#2026120410000011]" (OTRS/Znuny), "[#4711]".

/** The first case, ticket or request reference in the text, e.g. "C-10001"; undefined when there is none. */
export function caseReferenceIn(text: string): string | undefined {
  const tagged = SUBJECT_TAG.exec(text)?.groups?.reference;
  if (tagged) return tagged;
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

/** A bracketed tag ending in "#digits": "[example.com #123]", "[Ticket#2026…]", "[#4711]". */
const SUBJECT_TAG = /\[(?:[^\][\s]*\s*)?#(?<reference>\d+)\]/;

/**
 * Words that introduce a reference, as stems: a language may append to them ("Tikettinumerosi",
 * "Vorgangsnummer"). English, German, French, Spanish, Swedish, Finnish.
 */
const CUE = '(?:case|ticket|reference|ref\\.?|request|vorgang|fall|anfrage|referenz|dossier|demande|r[ée]f[ée]rence|caso|solicitud|[äa]rende|tiketti|tapaus|asia|viite|palvelupyyn)';
const QUALIFIER = '(?:\\s+(?:number|no\\.?|nr\\.?|id|nummer|num[ée]ro|n[°º]|numero))?(?:\\s+(?:is|ist|est|es|[äa]r|on))?';
const CUED_REFERENCE = new RegExp(`(?<![\\p{L}])${CUE}[\\p{L}]*${QUALIFIER}\\s*[:#]?\\s*#?(?<reference>[A-Za-z0-9][A-Za-z0-9-]*)`, 'giu');
