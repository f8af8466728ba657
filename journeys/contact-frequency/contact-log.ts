import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { PhoneCall } from '../../src/channels/phone/phone-call.ts';
import type { ReceivedSms } from '../../src/channels/sms/sms-inbox.ts';

/** One marketing contact that reached the shopper. */
export interface MarketingContact {
  channel: 'email' | 'text' | 'call';
  receivedAt: Date;
  /** The subject of an email, the body of a text, what a caller said. */
  summary: string;
  /** Who called, for a call. */
  from?: string;
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

export function callContact(call: PhoneCall): MarketingContact {
  return { channel: 'call', receivedAt: call.receivedAt, from: call.from, summary: call.heard || `a call from ${call.from}`, words: call.heard };
}

/** The contacts that arrived within the window, oldest first. */
export function contactsWithin(contacts: readonly MarketingContact[], window: ObservationWindow): MarketingContact[] {
  return contacts
    .filter((contact) => contact.receivedAt > window.from && contact.receivedAt <= window.until)
    .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
}

/** "9 emails, 5 texts", and ", 3 calls" when there were calls */
export function countByChannel(contacts: readonly MarketingContact[]): string {
  const count = (channel: MarketingContact['channel']) => contacts.filter((contact) => contact.channel === channel).length;
  const calls = count('call');
  return `${plural(count('email'), 'email')}, ${plural(count('text'), 'text')}${calls > 0 ? `, ${plural(calls, 'call')}` : ''}`;
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
      ...(contact.from ? { from: contact.from } : {}),
      summary: contact.summary,
    })),
  };
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
