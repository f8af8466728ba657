import type { MailCriteria } from '../../src/channels/email/mailbox.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { PeerWorld } from './peer-world.ts';

/** A header's first value, by name in any case. */
export function header(email: ReceivedEmail, name: string): string | undefined {
  return email.headers.get(name.toLowerCase())?.[0];
}

/** What the customer reads: the plain text, or the HTML without its tags. */
export function textOf(email: ReceivedEmail): string {
  return `${email.subject}\n${email.text ?? (email.html ?? '').replace(/<[^>]+>/g, ' ')}`;
}

/** A mailer-daemon's delivery failure (or any RFC 3464 report). */
export function isBounce(email: ReceivedEmail): boolean {
  return /multipart\/report/i.test(header(email, 'content-type') ?? '') || /^(mailer-daemon|postmaster)@/i.test(email.envelope.from || email.from);
}

/** Bulk mail: it carries List-Unsubscribe. */
export function isMarketing(email: ReceivedEmail): boolean {
  return header(email, 'list-unsubscribe') !== undefined;
}

/** The first mail to the scenario's shopper after `after` that passes `where`, looked for once a second until `timeoutMs` from now. */
export function waitForMail(world: PeerWorld, after: Date, where: (email: ReceivedEmail) => boolean, timeoutMs: number): Promise<ReceivedEmail | undefined> {
  const criteria: MailCriteria = { to: world.shopper.email, receivedAfter: new Date(after.getTime() - 1), where };
  return world.lab.channels.mailbox.waitFor(criteria, Math.max(0, timeoutMs));
}

/** Milliseconds left until `moment` plus `ms`: a wait that counts from an event, not from now. */
export function msLeft(moment: Date, ms: number): number {
  return Math.max(0, moment.getTime() + ms - Date.now());
}
