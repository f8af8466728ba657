import { firstHeader, type ReceivedEmail } from '../../src/channels/mailbox/mailbox.ts';
import { isAutomatic, isReplyTo } from '../../src/mail/auto-reply.ts';
import { caseReferenceIn, mentionsReference } from '../../src/text/case-reference.ts';
import type { SentEnquiry } from './enquiry.ts';

/**
 * An automatic acknowledgement of the enquiry: marked automatic (RFC 3834 Auto-Submitted or the
 * older headers) and tied to it. An email is tied by In-Reply-To/References; a contact form,
 * which has no Message-ID, by the case reference the website gave (or its subject without one).
 */
export function isAcknowledgementOf(enquiry: SentEnquiry): (email: ReceivedEmail) => boolean {
  return (email) => isAutomatic(email) && !isDeliveryReport(email) && isTiedTo(enquiry, email, []);
}

/** A person's answer: not automatic, and tied to the enquiry, its acknowledgement or its case. */
export function isAnswerTo(enquiry: SentEnquiry, acknowledgement: ReceivedEmail | undefined): (email: ReceivedEmail) => boolean {
  return (email) => !isAutomatic(email) && !isDeliveryReport(email) && isTiedTo(enquiry, email, [acknowledgement?.messageId]);
}

/** The case reference an acknowledgement gives ties the later answer too, unless the enquiry has one already. */
export function noteCaseReference(enquiry: SentEnquiry, acknowledgement: ReceivedEmail): void {
  enquiry.caseReference ??= caseReferenceIn(`${acknowledgement.subject}\n${acknowledgement.text ?? ''}`);
}

/** A bounce, delay or delivery notice from a mail system (RFC 3464 report, or a mailer-daemon's notice). */
export function isDeliveryReport(email: ReceivedEmail): boolean {
  const contentType = firstHeader(email, 'content-type') ?? '';
  return /multipart\/report/i.test(contentType) || /^(mailer-daemon|postmaster)@/i.test(email.envelope.from || email.from);
}

function isTiedTo(enquiry: SentEnquiry, email: ReceivedEmail, threadIds: ReadonlyArray<string | undefined>): boolean {
  if (isReplyTo(email, [enquiry.messageId, ...threadIds])) return true;
  if (enquiry.caseReference) return mentionsReference(`${email.subject}\n${email.text ?? ''}`, enquiry.caseReference);
  return enquiry.channel === 'contact form' && email.subject.includes(enquiry.subject);
}
