import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { formatDuration } from '../../src/config/duration.ts';
import type { FindingDraft } from '../../src/findings/finding.ts';
import { describeEnquiry, type SentEnquiry } from './enquiry.ts';
import { arrival, whatCameInstead } from './mail-timeline.ts';

/** What the findings on a reply to the enquiry speak of. */
export interface ResponseFacts {
  companyName: string;
  enquiry: SentEnquiry;
  /** The promised response time. */
  slaMs: number;
}

/** The acknowledgement came, but after the promised time. */
export function lateAcknowledgement({ companyName, enquiry, slaMs }: ResponseFacts, acknowledgement: ReceivedEmail, afterMs: number): FindingDraft {
  return {
    kind: 'no-acknowledgement',
    customerImpact: `${companyName} took ${formatDuration(afterMs)} to acknowledge ${describeEnquiry(enquiry)}, not ${formatDuration(slaMs)}`,
    expected: acknowledgementExpected(enquiry, slaMs),
    observed: `The acknowledgement ${arrival(acknowledgement, enquiry.sentAt)}`,
  };
}

/** No acknowledgement within the promised time; `mail` is what reached the shopper meanwhile. */
export function missingAcknowledgement({ enquiry, slaMs }: ResponseFacts, mail: readonly ReceivedEmail[]): FindingDraft {
  return {
    kind: 'no-acknowledgement',
    customerImpact: `No acknowledgement within ${formatDuration(slaMs)} of ${describeEnquiry(enquiry)}`,
    expected: acknowledgementExpected(enquiry, slaMs),
    observed: `Nothing acknowledged it within ${formatDuration(slaMs)}${whatCameInstead(mail, enquiry)}`,
  };
}

/** A person answered, but after the promised time. */
export function lateAnswer({ companyName, enquiry, slaMs }: ResponseFacts, answer: ReceivedEmail, afterMs: number): FindingDraft {
  return {
    kind: 'no-answer',
    customerImpact: `${companyName} took ${formatDuration(afterMs)} to answer ${describeEnquiry(enquiry)}, not ${formatDuration(slaMs)}`,
    expected: answerExpected(slaMs),
    observed: `The answer ${arrival(answer, enquiry.sentAt)}`,
  };
}

/** No person answered within the promised time; `mail` is what reached the shopper meanwhile. */
export function missingAnswer({ companyName, enquiry, slaMs }: ResponseFacts, acknowledgement: ReceivedEmail | undefined, mail: readonly ReceivedEmail[]): FindingDraft {
  const instead = acknowledgement ? `; only the automatic acknowledgement ${arrival(acknowledgement, enquiry.sentAt)}` : whatCameInstead(mail, enquiry);
  return {
    kind: 'no-answer',
    customerImpact: `Nobody at ${companyName} answered ${describeEnquiry(enquiry)} within ${formatDuration(slaMs)}`,
    expected: answerExpected(slaMs),
    observed: `No answer from a person within ${formatDuration(slaMs)}${instead}`,
  };
}

function acknowledgementExpected(enquiry: SentEnquiry, slaMs: number): string {
  return `An automatic acknowledgement (RFC 3834 Auto-Submitted) ${tieDescription(enquiry)} within ${formatDuration(slaMs)}`;
}

function answerExpected(slaMs: number): string {
  return `A reply written by a person (no Auto-Submitted) within ${formatDuration(slaMs)}`;
}

/** How the acknowledgement must refer to the enquiry, in words. */
function tieDescription(enquiry: SentEnquiry): string {
  if (enquiry.channel === 'email') return `with In-Reply-To/References naming my email ${enquiry.messageId}`;
  return enquiry.caseReference ? `naming case ${enquiry.caseReference}` : `about "${enquiry.subject}"`;
}
