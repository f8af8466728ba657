import type { UnsubscribeWords } from './unsubscribe-words.ts';

/** A visible link of an email as shown: its place among the email's links, address and text. */
export interface EmailLink {
  index: number;
  href: string;
  text: string;
}

/**
 * The link a customer would take to unsubscribe, by meaning rather than by one English word, best
 * first: the address the List-Unsubscribe header gives; a link that says unsubscribe in any
 * language we know (or the target's own words); a link whose address says so; a link to the
 * email preferences. Of equals, the last one: the footer is at the bottom.
 */
export function chooseUnsubscribeLink(
  links: ReadonlyArray<EmailLink>,
  listUnsubscribeUris: ReadonlyArray<string>,
  words: UnsubscribeWords,
): { link: EmailLink; why: string } | undefined {
  const web = links.filter((link) => /^https?:/i.test(link.href));
  const listed = new Set(listUnsubscribeUris.map(normalise));
  const rules: Array<[string, (link: EmailLink) => boolean]> = [
    ['it is the address the List-Unsubscribe header gives', (link) => listed.has(normalise(link.href))],
    ['its text says unsubscribe', (link) => words.link.test(link.text)],
    ['its address says unsubscribe', (link) => words.path.test(pathOf(link.href))],
    ['it leads to the email preferences', (link) => words.preferences.test(link.text)],
  ];
  for (const [why, matches] of rules) {
    const link = web.filter(matches).at(-1);
    if (link) return { link, why };
  }
  return undefined;
}

/** Same address whatever the escaping of "&" and a trailing slash. */
function normalise(uri: string): string {
  try {
    const url = new URL(uri.replace(/&amp;/g, '&'));
    return `${url.origin}${url.pathname.replace(/\/$/, '')}${url.search}`;
  } catch {
    return uri;
  }
}

/** The path only: a random token in the query could spell anything. */
function pathOf(href: string): string {
  try {
    return new URL(href).pathname;
  } catch {
    return '';
  }
}
