// Tells automatic mail (acknowledgements, vacation notices, ticket-system receipts) from a reply a
// person wrote, and whether a message answers a given one.
//
// What the headers mean:
// - Auto-Submitted (RFC 3834) decides: "auto-replied" answers a message, "auto-generated" is sent
//   on its own (e.g. a receipt for a web form), "auto-notified" (RFC 5436) a notification; "no"
//   says a person sent it, whatever else the message carries.
// - X-Autoreply, X-Autorespond: set by responders older than RFC 3834 (and by many still).
// - Precedence (RFC 2076, never standardised): "auto_reply" is a responder's. "bulk" and "junk"
//   are only a hint: help desks (Request Tracker, OTRS/Znuny) put "Precedence: bulk" on every
//   mail they send, the agents' answers included, to keep vacation responders quiet. So bulk
//   counts only from an address nobody reads (noreply@, mailer-daemon@). "list" is mail through
//   a mailing list, which a person may write.
// - X-Auto-Response-Suppress (Microsoft) asks OTHERS not to auto-reply to this message; Outlook
//   puts it on ordinary mail too, so it says nothing about who wrote the message.
import type { ReceivedEmail } from './received-email.ts';

/** Why a message counts as automatic: the header that says so, as written, and in words. */
export interface AutomaticMarker {
  header: string;
  value: string;
  /** For the evidence: 'Auto-Submitted: auto-replied', or 'Precedence: bulk from noreply@…'. */
  reason: string;
}

/** Why the message counts as automatic, or undefined when it reads as written by a person. */
export function automaticMarker(email: ReceivedEmail): AutomaticMarker | undefined {
  if (saysWrittenByPerson(email)) return undefined;
  const declared = declaredAutomatic(email);
  if (declared) return declared;
  const bulk = headerValues(email, 'precedence').map(keyword).find((value) => value === 'bulk' || value === 'junk');
  if (bulk !== undefined && isUnattendedSender(email)) return { ...marker('Precedence', bulk), reason: `Precedence: ${bulk} from ${email.from}, an address nobody reads` };
  return undefined;
}

/**
 * The headers that say outright that software sent the message on its own (Auto-Submitted other
 * than "no", X-Autoreply, X-Autorespond, Precedence: auto_reply); no guess from the sender. A
 * newsletter from noreply@ with Precedence: bulk is not declared automatic: it is marketing.
 */
export function declaredAutomatic(email: ReceivedEmail): AutomaticMarker | undefined {
  const autoSubmitted = headerValues(email, 'auto-submitted').find((value) => keyword(value) !== '');
  if (autoSubmitted !== undefined) return keyword(autoSubmitted) === 'no' ? undefined : marker('Auto-Submitted', autoSubmitted);
  const autoreply = headerValues(email, 'x-autoreply').find((value) => !/^(no|false|0)$/i.test(keyword(value)));
  if (autoreply !== undefined) return marker('X-Autoreply', autoreply);
  const autorespond = headerValues(email, 'x-autorespond')[0];
  if (autorespond !== undefined) return marker('X-Autorespond', autorespond);
  if (headerValues(email, 'precedence').map(keyword).includes('auto_reply')) return marker('Precedence', 'auto_reply');
  return undefined;
}

/** In words, for the evidence, why a message was judged automatic or written by a person. */
export function authorship(email: ReceivedEmail): string {
  const automatic = automaticMarker(email);
  if (automatic) return `automatic (${automatic.reason})`;
  const precedence = headerValues(email, 'precedence')[0];
  return precedence ? `written by a person (no Auto-Submitted; Precedence: ${precedence} alone does not make mail automatic)` : 'written by a person';
}

export function isAutomatic(email: ReceivedEmail): boolean {
  return automaticMarker(email) !== undefined;
}

/** True when In-Reply-To or References names one of these Message-IDs (with or without angle brackets). */
export function isReplyTo(email: ReceivedEmail, messageIds: ReadonlyArray<string | undefined>): boolean {
  const wanted = new Set(messageIds.flatMap((id) => (id === undefined ? [] : messageIdsIn(id))));
  if (wanted.size === 0) return false;
  return referencedIds(email).some((id) => wanted.has(id));
}

/** The Message-IDs a message refers to: In-Reply-To first, then References, each `<…>`. */
export function referencedIds(email: ReceivedEmail): string[] {
  return [...headerValues(email, 'in-reply-to'), ...headerValues(email, 'references')].flatMap(messageIdsIn);
}

/** Local parts of addresses no person reads: noreply, no-reply, donotreply, mailer-daemon, bounces. */
const UNATTENDED_SENDER = /^(no-?reply|do-?not-?reply|mailer-daemon|postmaster|bounces?|notifications?)([+.-]|$)/i;

function saysWrittenByPerson(email: ReceivedEmail): boolean {
  const autoSubmitted = headerValues(email, 'auto-submitted').find((value) => keyword(value) !== '');
  return autoSubmitted !== undefined && keyword(autoSubmitted) === 'no';
}

function isUnattendedSender(email: ReceivedEmail): boolean {
  return UNATTENDED_SENDER.test(email.from.split('@')[0] ?? '');
}

function marker(header: string, value: string): AutomaticMarker {
  return { header, value, reason: `${header}: ${value}` };
}

function headerValues(email: ReceivedEmail, name: string): string[] {
  return email.headers.get(name) ?? [];
}

/** The first token of a structured header, lower case, without parameters or comments. */
function keyword(value: string): string {
  return value
    .replace(/\([^()]*\)/g, ' ')
    .split(';')[0]!
    .trim()
    .toLowerCase();
}

/** Every `<id>` in a header value; a bare id (no brackets, as some clients write) counts as one. */
function messageIdsIn(value: string): string[] {
  const bracketed = [...value.matchAll(/<([^<>\s]+)>/g)].map((match) => `<${match[1]}>`);
  if (bracketed.length > 0) return bracketed;
  const bare = value.trim();
  return /^[^\s<>]+@[^\s<>]+$/.test(bare) ? [`<${bare}>`] : [];
}
