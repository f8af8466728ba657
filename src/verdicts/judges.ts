import type { PendingVerdict } from '../findings/pending-verdicts.ts';
import { judgeContacts } from './judge-contacts.ts';
import { judgeDeliveryNotice } from './judge-delivery-notice.ts';
import { judgeAcknowledgement, judgeAnswer } from './judge-enquiry.ts';
import { judgeOptOut } from './judge-opt-out.ts';
import { judgePromise } from './judge-promise.ts';
import { judgeQuote } from './judge-quote.ts';
import { judgeTextsAfterOptOut } from './judge-texts-after-opt-out.ts';
import { judgeTicket } from './judge-ticket.ts';
import type { Judge } from './judge.ts';

/** The watches a later run can judge, by `${journey} ${kind}`; any other stays for a judge to be written. */
export const JUDGES: Readonly<Record<string, Judge>> = {
  'unsubscribe opt-out-ignored': judgeOptOut,
  'contact-frequency opt-out-ignored': judgeTextsAfterOptOut,
  'contact-frequency contact-overload': judgeContacts,
  'pay-and-get-ticket ticket-not-delivered': judgeTicket,
  'enquiry-answered no-acknowledgement': judgeAcknowledgement,
  'enquiry-answered no-answer': judgeAnswer,
  'rent-car quote-mismatch': judgeQuote,
  'promise-kept promise-broken': judgePromise,
  'track-delivery tracking-unclear': judgeDeliveryNotice,
};

export function judgeOf(watch: PendingVerdict): Judge | undefined {
  return JUDGES[`${watch.journey} ${watch.kind}`];
}

export function hasJudge(watch: PendingVerdict): boolean {
  return judgeOf(watch) !== undefined;
}

/** The kinds of watch a journey can leave for a later run: those a judge exists for. */
export function watchKindsOf(journeyId: string): string[] {
  return Object.keys(JUDGES)
    .filter((key) => key.startsWith(`${journeyId} `))
    .map((key) => key.slice(journeyId.length + 1));
}
