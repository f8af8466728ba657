// List-Unsubscribe (RFC 2369), List-Unsubscribe-Post (RFC 8058) and mailto: URIs (RFC 6068).
// The parsers are lenient on purpose: a mystery shopper wants every address a company offers,
// plus a note of what the company got wrong, and must never crash on a malformed header.
import { unfold } from './header-text.ts';

export interface UnsubscribeUri {
  scheme: 'mailto' | 'https' | 'http' | string;
  uri: string;
}

export interface ListUnsubscribe {
  /** Every URI, in header order. */
  uris: UnsubscribeUri[];
  mailto: UnsubscribeUri[];
  /** http and https URIs. */
  web: UnsubscribeUri[];
  /** Human-readable notes on what is malformed; empty for a well-formed header. */
  problems: string[];
}

export interface MailtoTarget {
  to: string;
  subject?: string;
  body?: string;
}

export function parseListUnsubscribe(headerValue: string | undefined): ListUnsubscribe {
  const result: ListUnsubscribe = { uris: [], mailto: [], web: [], problems: [] };
  if (typeof headerValue !== 'string') {
    result.problems.push('no header');
    return result;
  }
  const text = unfold(headerValue);
  if (text.trim() === '') {
    result.problems.push('empty header');
    return result;
  }
  for (const entry of scanEntries(text, result.problems)) {
    const uri = entry.bracketed ? checkBracketed(entry.text, result.problems) : extractBare(entry.text, result.problems);
    if (uri === undefined) continue;
    result.uris.push(uri);
    if (uri.scheme === 'mailto') result.mailto.push(uri);
    if (uri.scheme === 'http' || uri.scheme === 'https') result.web.push(uri);
  }
  return result;
}

/** True only for the single key/value pair `List-Unsubscribe=One-Click` (key case-insensitive). */
export function isOneClickPost(listUnsubscribePost: string | undefined): boolean {
  if (typeof listUnsubscribePost !== 'string') return false;
  const pair = /^([^=]*)=(.*)$/s.exec(unfold(listUnsubscribePost).trim());
  return pair?.[1]?.toLowerCase() === 'list-unsubscribe' && pair[2] === 'One-Click';
}

/** RFC 6068: percent-decoded first address (from the path, else from a `to` hfield), subject and body. */
export function parseMailto(uri: string): MailtoTarget {
  const match = typeof uri === 'string' ? /^\s*mailto:(.*)$/is.exec(uri) : null;
  if (!match) return { to: '' };
  const rest = (match[1] ?? '').trim();
  const queryAt = rest.indexOf('?');
  const addresses = splitAddresses(queryAt === -1 ? rest : rest.slice(0, queryAt));
  const target: MailtoTarget = { to: '' };
  const query = queryAt === -1 ? '' : rest.slice(queryAt + 1).replace(/#.*$/s, '');
  for (const field of query.split('&')) {
    const eq = field.indexOf('=');
    const name = percentDecode(eq === -1 ? field : field.slice(0, eq)).toLowerCase();
    const rawValue = eq === -1 ? '' : field.slice(eq + 1);
    if (name === 'to') addresses.push(...splitAddresses(rawValue));
    else if (name === 'subject' && target.subject === undefined) target.subject = percentDecode(rawValue);
    else if (name === 'body' && target.body === undefined) target.body = percentDecode(rawValue);
  }
  target.to = addresses[0] ?? '';
  return target;
}

interface Entry {
  text: string;
  bracketed: boolean;
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** Splits the unfolded header into entries, skipping whitespace, commas and (comments). */
function scanEntries(text: string, problems: string[]): Entry[] {
  const entries: Entry[] = [];
  let at = 0;
  let afterEntry = false;
  for (;;) {
    at = skipBlanksAndComments(text, at, problems);
    if (at >= text.length) return entries;
    if (text[at] === ',') {
      afterEntry = false;
      at++;
      continue;
    }
    if (afterEntry) problems.push(`missing comma before: ${excerpt(text.slice(at))}`);
    afterEntry = true;
    if (text[at] === '<') {
      // Everything up to the closing bracket belongs to the URI, commas and parentheses included.
      const close = text.indexOf('>', at + 1);
      if (close === -1) problems.push(`unclosed angle bracket: ${excerpt(text.slice(at))}`);
      const end = close === -1 ? text.length : close;
      entries.push({ text: text.slice(at + 1, end), bracketed: true });
      at = end + 1;
    } else {
      const end = findBareEnd(text, at);
      entries.push({ text: text.slice(at, end), bracketed: false });
      at = end;
    }
  }
}

function skipBlanksAndComments(text: string, start: number, problems: string[]): number {
  let at = start;
  while (at < text.length) {
    const ch = text[at];
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') {
      at++;
    } else if (ch === '(') {
      at = skipComment(text, at);
      if (at > text.length) {
        problems.push(`unclosed comment: ${excerpt(text.slice(start).trim())}`);
        return text.length;
      }
    } else {
      break;
    }
  }
  return at;
}

/** Returns the index after the comment starting at `start`, or text.length + 1 if it never closes. */
function skipComment(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length; at++) {
    const ch = text[at];
    if (ch === '\\') at++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return at + 1;
  }
  return text.length + 1;
}

function findBareEnd(text: string, start: number): number {
  const rest = text.slice(start).search(/[,<(]/);
  return rest === -1 ? text.length : start + rest;
}

function checkBracketed(inside: string, problems: string[]): UnsubscribeUri | undefined {
  // RFC 2369 lets long URIs be broken with whitespace inside the brackets; it is not part of the URI.
  const uri = inside.replace(/\s+/g, '');
  if (uri === '') {
    problems.push('empty angle brackets');
    return undefined;
  }
  if (!SCHEME.test(uri)) {
    problems.push(`not a URI: <${excerpt(inside.trim())}>`);
    return undefined;
  }
  return toUri(uri);
}

function extractBare(segment: string, problems: string[]): UnsubscribeUri | undefined {
  const token = segment
    .split(/\s+/)
    .map((word) => word.replace(/>+$/, ''))
    .find((word) => SCHEME.test(word) && word.length > word.indexOf(':') + 1);
  if (token === undefined) {
    problems.push(`not a URI: ${excerpt(segment.trim())}`);
    return undefined;
  }
  problems.push(`URI without angle brackets: ${excerpt(token)}`);
  return toUri(token);
}

function toUri(uri: string): UnsubscribeUri {
  return { scheme: uri.slice(0, uri.indexOf(':')).toLowerCase(), uri };
}

function splitAddresses(raw: string): string[] {
  // Split before decoding: an encoded %2C belongs inside an address, a literal comma separates two.
  return raw
    .split(',')
    .map((address) => percentDecode(address).trim())
    .filter((address) => address !== '');
}

/** Decodes UTF-8 percent-escapes; a run that is not valid UTF-8 is left as written. '+' stays '+' (RFC 6068). */
function percentDecode(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** Shortens offending text quoted in a problem. */
function excerpt(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
