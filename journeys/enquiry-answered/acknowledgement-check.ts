import { formatDuration } from '../../src/config/duration.ts';
import type { ReceivedEmail } from '../../src/channels/mailbox/mailbox.ts';
import { caseReferenceIn } from '../../src/text/case-reference.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { describeEnquiry, enquiryDetails, type SentEnquiry } from './enquiry.ts';
import { arrival, attachEmail, attachMailTimeline, whatCameInstead } from './mail-timeline.ts';
import { isAcknowledgementOf } from './replies.ts';
import { awaitResponse } from './response-time.ts';

/**
 * Within the acknowledgement SLA, an automatic reply tied to the enquiry must arrive. Returns it
 * (also when late) so that the answer can be tied to it; notes the case reference it gives.
 */
export async function checkAcknowledgement(enquiry: SentEnquiry, parts: JourneyParts): Promise<ReceivedEmail | undefined> {
  const { mailbox, notebook, shopper, target, runId } = parts;
  const sla = target.timing.acknowledgementSla;
  const verdict = await awaitResponse({
    mailbox,
    to: shopper.email,
    where: isAcknowledgementOf(enquiry),
    sentAt: enquiry.sentAt,
    slaMs: sla,
    maxWaitInRun: target.timing.maxWaitInRun,
  });
  const what = describeEnquiry(enquiry);
  if (verdict.status === 'awaiting') {
    await notebook.awaiting({
      runId,
      journey: 'enquiry-answered',
      check: `an automatic acknowledgement of ${what} reaches ${shopper.email} by ${verdict.dueAt.toISOString()}`,
      kind: 'no-acknowledgement',
      dueAt: verdict.dueAt.toISOString(),
      details: enquiryDetails(enquiry, shopper.email),
    });
    return undefined;
  }
  const expected = `An automatic acknowledgement (RFC 3834 Auto-Submitted) ${tieDescription(enquiry)} within ${formatDuration(sla)}`;
  if (verdict.status === 'missing') {
    await notebook.found({
      kind: 'no-acknowledgement',
      customerImpact: `No acknowledgement within ${formatDuration(sla)} of ${what}`,
      expected,
      observed: `Nothing acknowledged it within ${formatDuration(sla)}${await whatCameInstead(mailbox, shopper.email, enquiry)}`,
      evidence: [...enquiry.evidence, await attachMailTimeline(notebook, mailbox, shopper.email, enquiry)],
    });
    return undefined;
  }
  const acknowledgement = verdict.email;
  const evidence = await attachEmail(notebook, 'automatic acknowledgement', acknowledgement);
  enquiry.caseReference ??= caseReferenceIn(`${acknowledgement.subject}\n${acknowledgement.text ?? ''}`);
  if (verdict.status === 'late') {
    await notebook.found({
      kind: 'no-acknowledgement',
      customerImpact: `${target.name} took ${formatDuration(verdict.afterMs)} to acknowledge ${what}, not ${formatDuration(sla)}`,
      expected,
      observed: `The acknowledgement ${arrival(acknowledgement, enquiry.sentAt)}`,
      evidence: [...enquiry.evidence, evidence],
    });
    return acknowledgement;
  }
  await notebook.evidence(
    `acknowledgement time of ${what}`,
    `Acknowledgement of ${what}: after ${formatDuration(verdict.afterMs)} (promised within ${formatDuration(sla)})`,
    'text/plain',
  );
  return acknowledgement;
}

/** How the acknowledgement must refer to the enquiry, in words. */
function tieDescription(enquiry: SentEnquiry): string {
  if (enquiry.channel === 'email') return `with In-Reply-To/References naming my email ${enquiry.messageId}`;
  return enquiry.caseReference ? `naming case ${enquiry.caseReference}` : `about "${enquiry.subject}"`;
}
