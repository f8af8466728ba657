import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { ReceivedSms } from '../../src/channels/sms/sms-inbox.ts';
import type { EvidenceDraft } from '../../src/findings/evidence-draft.ts';

/** One marketing contact that reached the shopper. */
export interface MarketingContact {
  channel: 'email' | 'text';
  receivedAt: Date;
  /** The subject of an email, the body of a text. */
  summary: string;
  /** Everything the customer reads in it. */
  words: string;
  /** The email as received, kept for evidence. */
  email?: ReceivedEmail;
}

export interface ObservationWindow {
  from: Date;
  until: Date;
}

export function emailContact(email: ReceivedEmail): MarketingContact {
  const body = email.text ?? (email.html ?? '').replace(/<[^>]*>/g, ' ');
  return { channel: 'email', receivedAt: email.receivedAt, summary: email.subject, words: `${email.subject}\n${body}`, email };
}

export function textContact(sms: ReceivedSms): MarketingContact {
  return { channel: 'text', receivedAt: sms.receivedAt, summary: sms.body, words: sms.body };
}

/** The contacts that arrived within the window, oldest first. */
export function contactsWithin(contacts: readonly MarketingContact[], window: ObservationWindow): MarketingContact[] {
  return contacts
    .filter((contact) => contact.receivedAt > window.from && contact.receivedAt <= window.until)
    .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
}

/** "9 emails, 5 texts" */
export function countByChannel(contacts: readonly MarketingContact[]): string {
  const emails = contacts.filter((contact) => contact.channel === 'email').length;
  return `${plural(emails, 'email')}, ${plural(contacts.length - emails, 'text')}`;
}

/** The contacts as a reader-friendly log for evidence: when, how long after the window opened, which channel, what. */
export function contactLog(contacts: readonly MarketingContact[], window: ObservationWindow): object {
  return {
    from: window.from.toISOString(),
    until: window.until.toISOString(),
    contacts: contacts.map((contact) => ({
      receivedAt: contact.receivedAt.toISOString(),
      afterMs: contact.receivedAt.getTime() - window.from.getTime(),
      channel: contact.channel,
      summary: contact.summary,
    })),
  };
}

/** The contact log as evidence, as the run keeps it and a judge carries it. */
export function contactLogDraft(contacts: readonly MarketingContact[], window: ObservationWindow): EvidenceDraft {
  return { name: 'marketing contacts received', body: JSON.stringify(contactLog(contacts, window), null, 2), contentType: 'application/json' };
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
