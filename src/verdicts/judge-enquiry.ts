import type { ReceivedEmail } from '../channels/mailbox/mailbox.ts';
import type { PendingVerdict } from '../findings/pending-verdicts.ts';
import { enquiryFromDetails, type SentEnquiry } from '../../journeys/enquiry-answered/enquiry.ts';
import { mailTimeline, mailTimelineName, receivedSince } from '../../journeys/enquiry-answered/mail-timeline.ts';
import { isAcknowledgementOf, isAnswerTo, noteCaseReference } from '../../journeys/enquiry-answered/replies.ts';
import {
  lateAcknowledgement,
  lateAnswer,
  missingAcknowledgement,
  missingAnswer,
  type ResponseFacts,
} from '../../journeys/enquiry-answered/response-findings.ts';
import { settleResponse } from '../../journeys/enquiry-answered/response-time.ts';
import type { JudgedEvidence, Judge } from './judge.ts';
import { broken, emailEvidence, passed, textEvidence } from './judgements.ts';
import { arrivedBy, detailOf, dueAtOf } from './watch-details.ts';

/**
 * The automatic acknowledgement, when its SLA outlasted the run: in time passes; one that came
 * after the SLA is late; none at all breaks the promise.
 */
export const judgeAcknowledgement: Judge = async (watch, { mailbox, companyName, now }) => {
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
};

/**
 * A person's answer, when the answer SLA outlasted the run: told from the automatic
 * acknowledgement as the in-run check tells it, and tied through it or the case it names.
 */
export const judgeAnswer: Judge = async (watch, { mailbox, companyName, now }) => {
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
};

/** The enquiry and its promise again: the SLA is the time from sending to the due time. */
function enquiryWatch(watch: PendingVerdict, companyName: string): { facts: ResponseFacts; address: string; dueAt: Date } {
  const enquiry = enquiryFromDetails(watch.details ?? {});
  const dueAt = dueAtOf(watch);
  return { facts: { companyName, enquiry, slaMs: dueAt.getTime() - enquiry.sentAt.getTime() }, address: detailOf(watch, 'address'), dueAt };
}

function timelineEvidence(mail: readonly ReceivedEmail[], address: string, enquiry: SentEnquiry): JudgedEvidence {
  return textEvidence(mailTimelineName(enquiry), mailTimeline(mail, address, enquiry));
}
