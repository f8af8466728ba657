import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { Watch } from '../../src/findings/watches.ts';
import type { JudgedEvidence } from '../../src/watches/judge.ts';
import type { WatchJudge } from '../../src/watches/judge-registry.ts';
import { broken, emailEvidence, passed, textEvidence } from '../../src/watches/judgements.ts';
import { arrivedBy, dueAtOf } from '../../src/watches/watch-details.ts';
import type { SentEnquiry } from './enquiry.ts';
import { enquiryDetails } from './enquiry-watch.ts';
import { mailTimeline, mailTimelineName, receivedSince } from './mail-timeline.ts';
import { isAcknowledgementOf, isAnswerTo, noteCaseReference } from './replies.ts';
import { lateAcknowledgement, lateAnswer, missingAcknowledgement, missingAnswer, type ResponseFacts } from './response-findings.ts';
import { settleResponse } from './response-time.ts';

/**
 * The automatic acknowledgement, when its SLA outlasted the run: in time passes; one that came
 * after the SLA is late; none at all breaks the promise.
 */
export const acknowledgementJudge: WatchJudge = {
  journey: enquiryDetails.journey,
  kind: 'no-acknowledgement',
  judge: async (watch, { mailbox, companyName, now }) => {
    const { facts, address, dueAt } = enquiryWatch(watch, companyName);
    const { enquiry } = facts;
    // Late replies too: one after the SLA is reported as late.
    const mail = await receivedSince(mailbox, address, enquiry);
    const response = settleResponse(mail.find(isAcknowledgementOf(enquiry)), enquiry.sentAt, facts.slaMs);
    if (response.status === 'in-time') return passed(watch, now);
    if (response.status === 'late') {
      return broken(watch, now, lateAcknowledgement(facts, response.email, response.afterMs), [emailEvidence('automatic acknowledgement', response.email)]);
    }
    const inTime = mail.filter(arrivedBy(dueAt));
    return broken(watch, now, missingAcknowledgement(facts, inTime), [timelineEvidence(inTime, address, enquiry)]);
  },
};

/**
 * A person's answer, when the answer SLA outlasted the run: told from the automatic
 * acknowledgement as the in-run check tells it, and tied through it or the case it names.
 */
export const answerJudge: WatchJudge = {
  journey: enquiryDetails.journey,
  kind: 'no-answer',
  judge: async (watch, { mailbox, companyName, now }) => {
    const { facts, address, dueAt } = enquiryWatch(watch, companyName);
    const { enquiry } = facts;
    const mail = await receivedSince(mailbox, address, enquiry);
    const acknowledgement = mail.find(isAcknowledgementOf(enquiry));
    if (acknowledgement) noteCaseReference(enquiry, acknowledgement);
    const response = settleResponse(mail.find(isAnswerTo(enquiry, acknowledgement)), enquiry.sentAt, facts.slaMs);
    if (response.status === 'in-time') return passed(watch, now);
    if (response.status === 'late') {
      return broken(watch, now, lateAnswer(facts, response.email, response.afterMs), [emailEvidence('answer from a person', response.email)]);
    }
    const inTime = mail.filter(arrivedBy(dueAt));
    const acknowledgedInTime = acknowledgement && inTime.includes(acknowledgement) ? acknowledgement : undefined;
    return broken(watch, now, missingAnswer(facts, acknowledgedInTime, inTime), [
      ...(acknowledgedInTime ? [emailEvidence('the only reply, automatic', acknowledgedInTime)] : []),
      timelineEvidence(inTime, address, enquiry),
    ]);
  },
};

/** The enquiry and its promise again: the SLA is the time from sending to the due time. */
function enquiryWatch(watch: Watch, companyName: string): { facts: ResponseFacts; address: string; dueAt: Date } {
  const { enquiry, address } = enquiryDetails.read(watch);
  const dueAt = dueAtOf(watch);
  return { facts: { companyName, enquiry, slaMs: dueAt.getTime() - enquiry.sentAt.getTime() }, address, dueAt };
}

function timelineEvidence(mail: readonly ReceivedEmail[], address: string, enquiry: SentEnquiry): JudgedEvidence {
  return textEvidence(mailTimelineName(enquiry), mailTimeline(mail, address, enquiry));
}
