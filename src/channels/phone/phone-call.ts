import { normalizeNumber } from '../sms/sms-inbox.ts';

/** How the shopper's phone answers a call: a polite "not interested", or "do not call me again". */
export type PhoneAnswer = 'not-interested' | 'do-not-call';

/** What the phone says for each answer: short, polite, and plain enough for a call centre's notes. */
export const ANSWER_WORDS: Readonly<Record<PhoneAnswer, string>> = {
  'not-interested': 'Thank you, but I am not interested.',
  'do-not-call': 'Please do not call me again. Take this number off your call list.',
};

/** A call the shopper's phone received, as its call log keeps it. */
export interface PhoneCall {
  id: string;
  receivedAt: Date;
  /** The caller's number (E.164), or the caller id the network showed. */
  from: string;
  to: string;
  /** What the caller said, as the phone heard it ('' when nothing was heard). */
  heard: string;
  /** How the phone answered. */
  answer: PhoneAnswer;
  /** Seconds the call lasted, once the network said. */
  durationSeconds?: number;
  /** The provider's id of the call (Twilio's CallSid), when a provider carried it. */
  callSid?: string;
}

export interface CallCriteria {
  /** The shopper's number (E.164). */
  to?: string;
  from?: string;
  /** Only calls received strictly after this moment. */
  receivedAfter?: Date;
  answer?: PhoneAnswer;
}

export function callMatches(call: PhoneCall, criteria: CallCriteria): boolean {
  if (criteria.receivedAfter && call.receivedAt.getTime() <= criteria.receivedAfter.getTime()) return false;
  if (criteria.to && normalizeNumber(call.to) !== normalizeNumber(criteria.to)) return false;
  if (criteria.from && normalizeNumber(call.from) !== normalizeNumber(criteria.from)) return false;
  return criteria.answer === undefined || call.answer === criteria.answer;
}
