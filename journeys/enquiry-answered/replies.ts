import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { isDeliveryReport } from '../../src/mail/delivery-report.ts';
import { isAutomatic, isReplyTo, referencedIds } from '../../src/mail/auto-reply.ts';
import { caseReferenceIn, mentionsReference } from '../../src/text/case-reference.ts';
import type { SentEnquiry } from './enquiry.ts';

/**
 * An automatic acknowledgement of the enquiry: marked automatic (RFC 3834 Auto-Submitted or the
 * older headers) and tied to it (see isTiedTo).
 */
export function isAcknowledgementOf(enquiry: SentEnquiry): (email: ReceivedEmail) => boolean {
  return (email) => isAutomatic(email) && !isDeliveryReport(email) && isTiedTo(enquiry, email, []);
}

/**
 * A person's answer: not automatic, and tied to the enquiry or its thread. The acknowledgement's
 * own id and every id it refers to count: help desks answer with References to their ticket
 * ("<ticket-42@example.com>") rather than to the customer's message.
 */
export function isAnswerTo(enquiry: SentEnquiry, acknowledgement: ReceivedEmail | undefined): (email: ReceivedEmail) => boolean {
  const thread = acknowledgement ? [acknowledgement.messageId, ...referencedIds(acknowledgement)] : [];
  return (email) => !isAutomatic(email) && !isDeliveryReport(email) && isTiedTo(enquiry, email, thread);
}

/** The case reference an acknowledgement gives ties the later answer too, unless the enquiry has one already. */
export function noteCaseReference(enquiry: SentEnquiry, acknowledgement: ReceivedEmail): void {
  enquiry.caseReference ??= caseReferenceIn(`${acknowledgement.subject}\n${acknowledgement.text ?? ''}`);
}

/**
 * Tied to the enquiry by, in order: In-Reply-To/References naming the enquiry or its thread; the
 * case reference the company gave ("[example.com #123]", "Ticket #123" — a mail naming another
 * case is not ours); the enquiry's subject, which replies keep behind "Re:" and ticket tags.
 * Mail is read from the scenario's own address, so the subject cannot match another customer's.
 */
function isTiedTo(enquiry: SentEnquiry, email: ReceivedEmail, threadIds: ReadonlyArray<string | undefined>): boolean {
  if (isReplyTo(email, [enquiry.messageId, ...threadIds])) return true;
  const written = `${email.subject}\n${email.text ?? ''}`;
  if (enquiry.caseReference) {
    if (mentionsReference(written, enquiry.caseReference)) return true;
    const named = caseReferenceIn(written);
    if (named !== undefined && named !== enquiry.caseReference) return false;
  }
  return email.subject.includes(enquiry.subject);
}
