// Tells automatic mail (acknowledgements, vacation notices, ticket-system receipts) from a reply a
// person wrote, and whether a message answers a given one.
//
// What the headers mean:
// - Auto-Submitted (RFC 3834): "auto-replied" answers a message, "auto-generated" is sent on its own
//   (e.g. a receipt for a web form), "auto-notified" (RFC 5436) a notification; "no", or no header,
//   says a person sent it. Parameters and comments may follow the keyword.
// - X-Autoreply, X-Autorespond: set by responders older than RFC 3834 (and by many still).
// - Precedence (RFC 2076, never standardised): "auto_reply" is a responder's; "bulk" and "junk"
//   are machine-sent mass mail. "list" is mail through a mailing list, which a person may write.
// - X-Auto-Response-Suppress (Microsoft) asks OTHERS not to auto-reply to this message; Outlook
//   puts it on ordinary mail too, so it says nothing about who wrote the message.
import type { ReceivedEmail } from '../channels/mailbox/mailbox.ts';

/** The header that marks a message as automatic, as written. */
export interface AutomaticMarker {
  header: string;
  value: string;
}

/** Why the message counts as automatic, or undefined when nothing marks it so. */
export function automaticMarker(email: ReceivedEmail): AutomaticMarker | undefined {
  const autoSubmitted = headerValues(email, 'auto-submitted').find((value) => keyword(value) !== 'no' && keyword(value) !== '');
  if (autoSubmitted !== undefined) return { header: 'Auto-Submitted', value: autoSubmitted };
  const autoreply = headerValues(email, 'x-autoreply').find((value) => !/^(no|false|0)$/i.test(keyword(value)));
  if (autoreply !== undefined) return { header: 'X-Autoreply', value: autoreply };
  const autorespond = headerValues(email, 'x-autorespond')[0];
  if (autorespond !== undefined) return { header: 'X-Autorespond', value: autorespond };
  const precedence = headerValues(email, 'precedence').find((value) => AUTOMATIC_PRECEDENCE.has(keyword(value)));
  if (precedence !== undefined) return { header: 'Precedence', value: precedence };
  return undefined;
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

const AUTOMATIC_PRECEDENCE = new Set(['auto_reply', 'bulk', 'junk']);

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
