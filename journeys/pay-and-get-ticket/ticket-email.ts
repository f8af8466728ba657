import type { Mailbox } from '../../src/channels/email/mailbox.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';

/** An email that names the order. */
export function isTicketFor(orderNumber: string): (email: ReceivedEmail) => boolean {
  const pattern = new RegExp(`\\b${orderNumber.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  return (email) => pattern.test(email.subject) || pattern.test(email.text ?? '') || pattern.test(email.html ?? '');
}
