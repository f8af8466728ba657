import { formatDuration } from '../../src/config/duration.ts';
import { authorship } from '../../src/mail/auto-reply.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { describeEnquiry, type SentEnquiry } from './enquiry.ts';
import { enquiryDetails } from './enquiry-watch.ts';
import { attachMailTimeline, receivedSince } from './mail-timeline.ts';
import { isAnswerTo } from './replies.ts';
import { lateAnswer, missingAnswer } from './response-findings.ts';
import { checkReplyOrWatch, replyDueAt, type SettledResponse } from './response-time.ts';

/** Within the answer SLA, a person (not an auto-responder) must reply to the enquiry. */
export async function checkAnswer(enquiry: SentEnquiry, acknowledgement: ReceivedEmail | undefined, parts: JourneyParts): Promise<void> {
  const { shopper, target } = parts;
  const reply = { to: shopper.email, where: isAnswerTo(enquiry, acknowledgement), sentAt: enquiry.sentAt, slaMs: target.timing.answerSla };
  const what = describeEnquiry(enquiry);
  await checkReplyOrWatch(parts, {
    reply,
    maxWaitInRun: target.timing.maxWaitInRun,
    watch: {
      check: `a person answers ${what} at ${shopper.email} by ${replyDueAt(reply).toISOString()}`,
      kind: 'no-answer',
      codec: enquiryDetails,
      details: { enquiry, address: shopper.email },
    },
    judge: (response) => judgeAnswer(enquiry, acknowledgement, what, response, parts),
  });
}

async function judgeAnswer(enquiry: SentEnquiry, acknowledgement: ReceivedEmail | undefined, what: string, response: SettledResponse, parts: JourneyParts): Promise<void> {
  const { mailbox, notebook, shopper, target } = parts;
  const sla = target.timing.answerSla;
  const facts = { companyName: target.name, enquiry, slaMs: sla };
  if (response.status === 'missing') {
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
  const answer = await notebook.keepEmail('answer from a person', response.email);
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
