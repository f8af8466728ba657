import { formatDuration } from '../../src/config/duration.ts';
import { authorship } from '../../src/mail/auto-reply.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { describeEnquiry, type SentEnquiry } from './enquiry.ts';
import { enquiryDetails } from './enquiry-watch.ts';
import { attachMailTimeline, receivedSince } from './mail-timeline.ts';
import { isAnswerTo } from './replies.ts';
import { lateAnswer, missingAnswer } from './response-findings.ts';
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
      details: enquiryDetails.write({ enquiry, address: shopper.email }),
    });
    return;
  }
  const facts = { companyName: target.name, enquiry, slaMs: sla };
  if (verdict.status === 'missing') {
    const mail = await receivedSince(mailbox, shopper.email, enquiry);
    await notebook.found({
      ...missingAnswer(facts, acknowledgement, mail),
      evidence: [
        ...enquiry.evidence,
        ...(acknowledgement ? [await notebook.keepEmail('the only reply, automatic', acknowledgement)] : []),
        await attachMailTimeline(notebook, mail, shopper.email, enquiry),
      ],
    });
    return;
  }
  const answer = await notebook.keepEmail('answer from a person', verdict.email);
  if (verdict.status === 'late') {
    await notebook.found({ ...lateAnswer(facts, verdict.email, verdict.afterMs), evidence: [...enquiry.evidence, answer] });
    return;
  }
  await notebook.evidence(
    `answer time of ${what}`,
    `Answer to ${what} from ${verdict.email.from}: after ${formatDuration(verdict.afterMs)} (promised within ${formatDuration(sla)}); judged ${authorship(verdict.email)}`,
    'text/plain',
  );
}
