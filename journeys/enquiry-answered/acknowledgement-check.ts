import { formatDuration } from '../../src/config/duration.ts';
import { authorship } from '../../src/mail/auto-reply.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { describeEnquiry, type SentEnquiry } from './enquiry.ts';
import { enquiryDetails } from './enquiry-watch.ts';
import { attachMailTimeline, receivedSince } from './mail-timeline.ts';
import { isAcknowledgementOf, noteCaseReference } from './replies.ts';
import { lateAcknowledgement, missingAcknowledgement } from './response-findings.ts';
import { checkReplyOrWatch, replyDueAt, type SettledResponse } from './response-time.ts';

/**
 * Within the acknowledgement SLA, an automatic reply tied to the enquiry must arrive. Returns it
 * (also when late) so that the answer can be tied to it; notes the case reference it gives.
 */
export async function checkAcknowledgement(enquiry: SentEnquiry, parts: JourneyParts): Promise<ReceivedEmail | undefined> {
  const { shopper, target } = parts;
  const reply = { to: shopper.email, where: isAcknowledgementOf(enquiry), sentAt: enquiry.sentAt, slaMs: target.timing.acknowledgementSla };
  const what = describeEnquiry(enquiry);
  return checkReplyOrWatch(parts, {
    reply,
    maxWaitInRun: target.timing.maxWaitInRun,
    watch: {
      check: `an automatic acknowledgement of ${what} reaches ${shopper.email} by ${replyDueAt(reply).toISOString()}`,
      kind: 'no-acknowledgement',
      codec: enquiryDetails,
      details: { enquiry, address: shopper.email },
    },
    judge: (response) => judgeAcknowledgement(enquiry, what, response, parts),
  });
}

async function judgeAcknowledgement(enquiry: SentEnquiry, what: string, response: SettledResponse, parts: JourneyParts): Promise<ReceivedEmail | undefined> {
  const { mailbox, notebook, shopper, target } = parts;
  const sla = target.timing.acknowledgementSla;
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
  const evidence = await notebook.keepEmail('automatic acknowledgement', acknowledgement);
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
