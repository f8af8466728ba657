import { formatDuration } from '../../src/config/duration.ts';
import { authorship } from '../../src/mail/auto-reply.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { describeEnquiry, type SentEnquiry } from './enquiry.ts';
import { enquiryDetails } from './enquiry-watch.ts';
import { attachEmail, attachMailTimeline, receivedSince } from './mail-timeline.ts';
import { isAnswerTo } from './replies.ts';
import { lateAnswer, missingAnswer } from './response-findings.ts';
import { awaitResponse } from './response-time.ts';

/** Within the answer SLA, a person (not an auto-responder) must reply to the enquiry. */
export async function checkAnswer(enquiry: SentEnquiry, acknowledgement: ReceivedEmail | undefined, parts: JourneyParts): Promise<void> {
  const { mailbox, notebook, shopper, target, runId } = parts;
  const sla = target.timing.answerSla;
  const response = await awaitResponse({
    mailbox,
    to: shopper.email,
    where: isAnswerTo(enquiry, acknowledgement),
    sentAt: enquiry.sentAt,
    slaMs: sla,
    maxWaitInRun: target.timing.maxWaitInRun,
  });
  const what = describeEnquiry(enquiry);
  if (response.status === 'awaiting') {
    await notebook.awaiting({
      runId,
      journey: 'enquiry-answered',
      check: `a person answers ${what} at ${shopper.email} by ${response.dueAt.toISOString()}`,
      kind: 'no-answer',
      dueAt: response.dueAt.toISOString(),
      details: enquiryDetails.write({ enquiry, address: shopper.email }),
    });
    return;
  }
  const facts = { companyName: target.name, enquiry, slaMs: sla };
  if (response.status === 'missing') {
    const mail = await receivedSince(mailbox, shopper.email, enquiry);
    await notebook.found({
      ...missingAnswer(facts, acknowledgement, mail),
      evidence: [
        ...enquiry.evidence,
        ...(acknowledgement ? [await attachEmail(notebook, 'the only reply, automatic', acknowledgement)] : []),
        await attachMailTimeline(notebook, mail, shopper.email, enquiry),
      ],
    });
    return;
  }
  const answer = await attachEmail(notebook, 'answer from a person', response.email);
  if (response.status === 'late') {
    await notebook.found({ ...lateAnswer(facts, response.email, response.afterMs), evidence: [...enquiry.evidence, answer] });
    return;
  }
  await notebook.evidence(
    `answer time of ${what}`,
    `Answer to ${what} from ${response.email.from}: after ${formatDuration(response.afterMs)} (promised within ${formatDuration(sla)}); judged ${authorship(response.email)}`,
    'text/plain',
  );
}
