import { simpleParser } from 'mailparser';
import { formatDuration } from '../../src/config/duration.ts';
import { isReplyTo } from '../../src/mail/auto-reply.ts';
import { detectBounce } from '../../src/mail/bounce.ts';
import type { JourneyParts } from '../journey-parts.ts';
import type { SentEnquiry } from './enquiry.ts';
import { isDeliveryReport } from '../../src/mail/delivery-report.ts';

/**
 * The enquiry email must reach the company. A reply in its thread proves it did; a delivery
 * status notification (RFC 3464) saying it failed ends the scenario: nobody can answer a message
 * that never arrived.
 */
export async function expectDelivered(enquiry: SentEnquiry, parts: JourneyParts): Promise<void> {
  const { mailbox, notebook, shopper, target } = parts;
  const wait = Math.min(target.timing.bounceWait, target.timing.maxWaitInRun);
  const first = await mailbox.waitFor(
    {
      to: shopper.email,
      receivedAfter: new Date(enquiry.sentAt.getTime() - 1),
      where: (email) => isDeliveryReport(email) || isReplyTo(email, [enquiry.messageId]),
    },
    wait,
  );
  if (!first || !isDeliveryReport(first)) return;
  const bounce = detectBounce(await simpleParser(first.source));
  const address = enquiry.supportAddress?.toLowerCase();
  const recipient = bounce?.recipients.find((entry) => entry.finalRecipient.toLowerCase() === address) ?? bounce?.recipients[0];
  if (!recipient) return; // a delay or delivery report, not a failure
  const reason = recipient.diagnosticCode ?? `status ${recipient.status}`;
  await notebook.broken({
    kind: 'bounce',
    customerImpact: `My email "${enquiry.subject}" to ${target.name} customer service bounced: ${recipient.finalRecipient} refused it: "${reason}"`,
    expected: `${enquiry.supportAddress} accepts my enquiry`,
    observed: `A delivery status notification came back ${formatDuration(first.receivedAt.getTime() - enquiry.sentAt.getTime())} after I sent it: "${reason}"`,
    evidence: [...enquiry.evidence, await notebook.keepEmail('bounce', first)],
  });
}
