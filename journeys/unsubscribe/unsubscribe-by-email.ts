import { simpleParser } from 'mailparser';
import { firstHeader, type Mailbox, type ReceivedEmail } from '../../src/channels/mailbox/mailbox.ts';
import type { SmtpMailSender } from '../../src/channels/mail-sender/smtp-mail-sender.ts';
import type { Notebook } from '../../src/findings/notebook.ts';
import { detectBounce } from '../../src/mail/bounce.ts';
import type { DeliveryStatusRecipient } from '../../src/mail/delivery-status.ts';
import { parseListUnsubscribe, parseMailto } from '../../src/mail/list-unsubscribe.ts';
import type { AuditTarget } from '../../src/runtime/audit-target.ts';
import type { Shopper } from '../shopper.ts';

interface Parts {
  mailbox: Mailbox;
  mailSender: SmtpMailSender;
  notebook: Notebook;
  target: AuditTarget;
  shopper: Shopper;
}

/** Emails the unsubscribe address the marketing email offers; returns when it was sent. */
export async function sendUnsubscribeEmail(email: ReceivedEmail, parts: Parts): Promise<Date> {
  const { mailSender, notebook, shopper } = parts;
  const address = unsubscribeAddress(email);
  if (!address) notebook.notApplicable('The email offers no unsubscribe address (a mailto: List-Unsubscribe URI)');
  const mailto = parseMailto(address!);
  const sent = await mailSender.send({
    from: `${shopper.name} <${shopper.email}>`,
    to: mailto.to,
    subject: mailto.subject ?? 'unsubscribe',
    text: mailto.body ?? 'Please unsubscribe me.',
  });
  await notebook.evidence('unsubscribe email sent', `To: ${mailto.to}\nSubject: ${mailto.subject ?? 'unsubscribe'}\nMessage-ID: ${sent.messageId}`, 'text/plain');
  return sent.sentAt;
}

/** Waits the target's bounce time for a delivery failure of the unsubscribe email. */
export async function findBounceFor(
  email: ReceivedEmail,
  sentAt: Date,
  parts: Parts,
): Promise<{ email: ReceivedEmail; recipient: DeliveryStatusRecipient } | undefined> {
  const { mailbox, shopper, target } = parts;
  const to = parseMailto(unsubscribeAddress(email)!).to.toLowerCase();
  const notification = await mailbox.waitFor(
    { to: shopper.email, receivedAfter: new Date(sentAt.getTime() - 1), where: mayBeBounce },
    target.timing.bounceWait,
  );
  if (!notification) return undefined;
  const bounce = detectBounce(await simpleParser(notification.source));
  const recipient = bounce?.recipients.find((entry) => entry.finalRecipient.toLowerCase() === to) ?? bounce?.recipients[0];
  return recipient && /^(failed|5)/.test(`${recipient.action}`.toLowerCase()) ? { email: notification, recipient } : undefined;
}

function unsubscribeAddress(email: ReceivedEmail): string | undefined {
  return parseListUnsubscribe(firstHeader(email, 'list-unsubscribe')).mailto[0]?.uri;
}

function mayBeBounce(email: ReceivedEmail): boolean {
  const contentType = firstHeader(email, 'content-type') ?? '';
  return /multipart\/report/i.test(contentType) || /mailer-daemon|postmaster/i.test(email.envelope.from || email.from);
}
