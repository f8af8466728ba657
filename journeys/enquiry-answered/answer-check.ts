import { formatDuration } from '../../src/config/duration.ts';
import type { ReceivedEmail } from '../../src/channels/mailbox/mailbox.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { describeEnquiry, enquiryDetails, type SentEnquiry } from './enquiry.ts';
import { arrival, attachEmail, attachMailTimeline, whatCameInstead } from './mail-timeline.ts';
import { isAnswerTo } from './replies.ts';
import { awaitResponse } from './response-time.ts';

/** Within the answer SLA, a person (not an auto-responder) must reply to the enquiry. */
export async function checkAnswer(enquiry: SentEnquiry, acknowledgement: ReceivedEmail | undefined, parts: JourneyParts): Promise<void> {
  const { mailbox, notebook, shopper, target, runId } = parts;
  const sla = target.timing.answerSla;
  const verdict = await awaitResponse({
    mailbox,
    to: shopper.email,
    where: isAnswerTo(enquiry, acknowledgement),
    sentAt: enquiry.sentAt,
    slaMs: sla,
    maxWaitInRun: target.timing.maxWaitInRun,
  });
  const what = describeEnquiry(enquiry);
  if (verdict.status === 'awaiting') {
    await notebook.awaiting({
      runId,
      journey: 'enquiry-answered',
      check: `a person answers ${what} at ${shopper.email} by ${verdict.dueAt.toISOString()}`,
      kind: 'no-answer',
      dueAt: verdict.dueAt.toISOString(),
      details: enquiryDetails(enquiry, shopper.email),
    });
    return;
  }
  const expected = `A reply written by a person (no Auto-Submitted) within ${formatDuration(sla)}`;
  if (verdict.status === 'missing') {
    const instead = acknowledgement
      ? `; only the automatic acknowledgement ${arrival(acknowledgement, enquiry.sentAt)}`
      : await whatCameInstead(mailbox, shopper.email, enquiry);
    await notebook.found({
      kind: 'no-answer',
      customerImpact: `Nobody at ${target.name} answered ${what} within ${formatDuration(sla)}`,
      expected,
      observed: `No answer from a person within ${formatDuration(sla)}${instead}`,
      evidence: [
        ...enquiry.evidence,
        ...(acknowledgement ? [await attachEmail(notebook, 'the only reply, automatic', acknowledgement)] : []),
        await attachMailTimeline(notebook, mailbox, shopper.email, enquiry),
      ],
    });
    return;
  }
  const answer = await attachEmail(notebook, 'answer from a person', verdict.email);
  if (verdict.status === 'late') {
    await notebook.found({
      kind: 'no-answer',
      customerImpact: `${target.name} took ${formatDuration(verdict.afterMs)} to answer ${what}, not ${formatDuration(sla)}`,
      expected,
      observed: `The answer ${arrival(verdict.email, enquiry.sentAt)}`,
      evidence: [...enquiry.evidence, answer],
    });
    return;
  }
  await notebook.evidence(
    `answer time of ${what}`,
    `Answer to ${what} from ${verdict.email.from}: after ${formatDuration(verdict.afterMs)} (promised within ${formatDuration(sla)})`,
    'text/plain',
  );
}
