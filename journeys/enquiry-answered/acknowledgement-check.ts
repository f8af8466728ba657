import { formatDuration } from '../../src/config/duration.ts';
import { authorship } from '../../src/mail/auto-reply.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { describeEnquiry, type SentEnquiry } from './enquiry.ts';
import { enquiryDetails } from './enquiry-watch.ts';
import { attachEmail, attachMailTimeline, receivedSince } from './mail-timeline.ts';
import { isAcknowledgementOf, noteCaseReference } from './replies.ts';
import { lateAcknowledgement, missingAcknowledgement } from './response-findings.ts';
import { awaitResponse } from './response-time.ts';

/**
 * Within the acknowledgement SLA, an automatic reply tied to the enquiry must arrive. Returns it
 * (also when late) so that the answer can be tied to it; notes the case reference it gives.
 */
export async function checkAcknowledgement(enquiry: SentEnquiry, parts: JourneyParts): Promise<ReceivedEmail | undefined> {
  const { mailbox, notebook, shopper, target, runId } = parts;
  const sla = target.timing.acknowledgementSla;
  const response = await awaitResponse({
    mailbox,
    to: shopper.email,
    where: isAcknowledgementOf(enquiry),
    sentAt: enquiry.sentAt,
    slaMs: sla,
    maxWaitInRun: target.timing.maxWaitInRun,
  });
  const what = describeEnquiry(enquiry);
  if (response.status === 'awaiting') {
    await notebook.awaiting({
      runId,
      journey: 'enquiry-answered',
      check: `an automatic acknowledgement of ${what} reaches ${shopper.email} by ${response.dueAt.toISOString()}`,
      kind: 'no-acknowledgement',
      dueAt: response.dueAt.toISOString(),
      details: enquiryDetails.write({ enquiry, address: shopper.email }),
    });
    return undefined;
  }
  const facts = { companyName: target.name, enquiry, slaMs: sla };
  if (response.status === 'missing') {
    const mail = await receivedSince(mailbox, shopper.email, enquiry);
    await notebook.found({
      ...missingAcknowledgement(facts, mail),
      evidence: [...enquiry.evidence, await attachMailTimeline(notebook, mail, shopper.email, enquiry)],
    });
    return undefined;
  }
  const acknowledgement = response.email;
  const evidence = await attachEmail(notebook, 'automatic acknowledgement', acknowledgement);
  if (response.status === 'late') {
    const finding = lateAcknowledgement(facts, acknowledgement, response.afterMs);
    noteCaseReference(enquiry, acknowledgement);
    await notebook.found({ ...finding, evidence: [...enquiry.evidence, evidence] });
    return acknowledgement;
  }
  noteCaseReference(enquiry, acknowledgement);
  await notebook.evidence(
    `acknowledgement time of ${what}`,
    `Acknowledgement of ${what}: after ${formatDuration(response.afterMs)} (promised within ${formatDuration(sla)}); judged ${authorship(acknowledgement)}`,
    'text/plain',
  );
  return acknowledgement;
}
