import type { Mailbox } from '../../src/channels/email/mailbox.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';

/** Waits for an email to the shopper that names the order: the ticket (or at least its cover note). */
export function waitForTicket(
  mailbox: Mailbox,
  to: string,
  orderNumber: string,
  sentAfter: Date,
  timeoutMs: number,
): Promise<ReceivedEmail | undefined> {
  return mailbox.waitFor({ to, receivedAfter: sentAfter, where: isTicketFor(orderNumber) }, timeoutMs);
}

/** An email that names the order. */
export function isTicketFor(orderNumber: string): (email: ReceivedEmail) => boolean {
  const pattern = new RegExp(`\\b${orderNumber.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  return (email) => pattern.test(email.subject) || pattern.test(email.text ?? '') || pattern.test(email.html ?? '');
}
