import type { Mailbox, ReceivedEmail } from '../../src/channels/mailbox/mailbox.ts';

/** Waits for an email to the shopper that names the order: the ticket (or at least its cover note). */
export function waitForTicket(
  mailbox: Mailbox,
  to: string,
  orderNumber: string,
  sentAfter: Date,
  timeoutMs: number,
): Promise<ReceivedEmail | undefined> {
  return mailbox.waitFor({ to, receivedAfter: sentAfter, where: (email) => mentions(email, orderNumber) }, timeoutMs);
}

function mentions(email: ReceivedEmail, orderNumber: string): boolean {
  const pattern = new RegExp(`\\b${orderNumber.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  return pattern.test(email.subject) || pattern.test(email.text ?? '') || pattern.test(email.html ?? '');
}
