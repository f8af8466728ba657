import type { MailCriteria } from './mailbox.ts';
import type { ReceivedEmail } from '../../mail/received-email.ts';
import type { StoredMessageMeta } from './message-store.ts';

/** Cheap pre-check on stored metadata, so that only likely matches are read and parsed. */
export function metaMayMatch(meta: StoredMessageMeta, criteria: MailCriteria): boolean {
  if (criteria.receivedAfter && Date.parse(meta.receivedAt) <= criteria.receivedAfter.getTime()) return false;
  if (criteria.to && !meta.recipients.some((address) => sameAddress(address, criteria.to!))) return false;
  return true;
}

/** The full test on a parsed message. */
export function emailMatches(email: ReceivedEmail, criteria: MailCriteria): boolean {
  if (criteria.receivedAfter && email.receivedAt.getTime() <= criteria.receivedAfter.getTime()) return false;
  if (criteria.to) {
    const recipients = [...email.envelope.to, ...email.to];
    if (!recipients.some((address) => sameAddress(address, criteria.to!))) return false;
  }
  if (criteria.from !== undefined && !textMatches(email.from, criteria.from, true)) return false;
  if (criteria.subject !== undefined && !textMatches(email.subject, criteria.subject, false)) return false;
  return criteria.where ? criteria.where(email) : true;
}

export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function textMatches(value: string, expected: string | RegExp, isAddress: boolean): boolean {
  if (expected instanceof RegExp) return expected.test(value);
  return isAddress ? sameAddress(value, expected) : value === expected;
}
