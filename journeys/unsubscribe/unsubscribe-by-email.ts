import { simpleParser } from 'mailparser';
import { type Mailbox } from '../../src/channels/email/mailbox.ts';
import { firstHeader, type ReceivedEmail } from '../../src/mail/received-email.ts';
import type { SmtpMailSender } from '../../src/channels/email/smtp-mail-sender.ts';
import type { Notebook } from '../../src/findings/notebook.ts';
import { detectBounce } from '../../src/mail/bounce.ts';
import { isDeliveryReport } from '../../src/mail/delivery-report.ts';
import type { DeliveryStatusRecipient } from '../../src/mail/delivery-status.ts';
import { parseListUnsubscribe, parseMailto } from '../../src/mail/list-unsubscribe.ts';
import type { AuditTarget } from '../../src/runtime/audit-target.ts';
import type { Shopper } from '../shopper.ts';
import { confirmByMail, isConfirmationRequest } from './confirmation-request.ts';

type ConfirmParts = Parameters<typeof confirmByMail>[2];

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

/** What came back to the unsubscribe email: a bounce, and whether the company asked to confirm it first. */
export interface UnsubscribeReply {
  bounce?: { email: ReceivedEmail; recipient: DeliveryStatusRecipient };
  /** When the shopper confirmed a "reply to confirm" request; the opt-out counts from then. */
  confirmedAt?: Date;
}

/**
 * Waits the target's bounce time for what comes back: a delivery failure of the unsubscribe email,
 * or a request to confirm it ("reply to this message to confirm"), which the shopper answers as a
 * customer would, once. The bounce time runs on after the reply: the reply may bounce too.
 */
export async function awaitUnsubscribeReply(email: ReceivedEmail, sentAt: Date, parts: Parts & ConfirmParts): Promise<UnsubscribeReply> {
  const { mailbox, shopper, target } = parts;
  const to = parseMailto(unsubscribeAddress(email)!).to.toLowerCase();
  const receivedAfter = new Date(sentAt.getTime() - 1);
  const reply: UnsubscribeReply = {};
  let deadline = sentAt.getTime() + target.timing.bounceWait;
  let handled: string | undefined;
  for (;;) {
    const notification = await mailbox.waitFor(
      { to: shopper.email, receivedAfter, where: (mail) => isDeliveryReport(mail) || (!handled && asksToConfirmUnsubscribe(mail, to, target)) },
      Math.max(0, deadline - Date.now()),
    );
    if (!notification) return reply;
    if (isDeliveryReport(notification)) {
      const bounce = detectBounce(await simpleParser(notification.source));
      const recipient = bounce?.recipients.find((entry) => entry.finalRecipient.toLowerCase() === to) ?? bounce?.recipients[0];
      if (recipient && /^(failed|5)/.test(`${recipient.action}`.toLowerCase())) return { ...reply, bounce: { email: notification, recipient } };
      return reply;
    }
    handled = notification.id;
    await confirmByMail(notification, 'my unsubscribe email', parts);
    reply.confirmedAt = new Date();
    deadline = reply.confirmedAt.getTime() + target.timing.bounceWait;
  }
}

/**
 * "Reply to confirm" from the list the unsubscribe email went to: a confirmation request with a
 * Reply-To, sent from the unsubscribe address's domain. A welcome or goodbye notice that merely
 * says "confirmed", or any other mail of the company, is not it.
 */
function asksToConfirmUnsubscribe(mail: ReceivedEmail, unsubscribeTo: string, target: AuditTarget): boolean {
  const sameDomain = domainOf(mail.from) === domainOf(unsubscribeTo);
  return sameDomain && firstHeader(mail, 'reply-to') !== undefined && isConfirmationRequest(mail, target);
}

function domainOf(address: string): string {
  return address.split('@').at(-1)!.replace(/>.*$/, '').toLowerCase();
}

function unsubscribeAddress(email: ReceivedEmail): string | undefined {
  return parseListUnsubscribe(firstHeader(email, 'list-unsubscribe')).mailto[0]?.uri;
}
