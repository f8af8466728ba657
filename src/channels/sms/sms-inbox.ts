/** A text message as the shopper's phone received it. */
export interface ReceivedSms {
  id: string;
  receivedAt: Date;
  from: string;
  to: string;
  body: string;
}

export interface SmsCriteria {
  /** The shopper's number (E.164). */
  to?: string;
  from?: string;
  body?: string | RegExp;
  /** Only messages received strictly after this moment. */
  receivedAfter?: Date;
}

/** The shopper's phone. Adapters: the local phone network (default); Mailosaur comes later. */
export interface SmsInbox {
  /** The number texts for one scenario go to: a fresh one where the network allows, else the account's. */
  numberFor(tag: string): string;
  /** Waits until a matching text is there; resolves undefined when none came in time. */
  waitFor(criteria: SmsCriteria, timeoutMs: number): Promise<ReceivedSms | undefined>;
  /** Every matching text received so far, oldest first. */
  list(criteria: SmsCriteria): Promise<ReceivedSms[]>;
}

export function smsMatches(sms: ReceivedSms, criteria: SmsCriteria): boolean {
  if (criteria.receivedAfter && sms.receivedAt.getTime() <= criteria.receivedAfter.getTime()) return false;
  if (criteria.to && normalizeNumber(sms.to) !== normalizeNumber(criteria.to)) return false;
  if (criteria.from && normalizeNumber(sms.from) !== normalizeNumber(criteria.from)) return false;
  if (criteria.body instanceof RegExp) return criteria.body.test(sms.body);
  return criteria.body === undefined || sms.body.includes(criteria.body);
}

/** "+44 7700 900123" and "+447700900123" are the same phone. */
export function normalizeNumber(number: string): string {
  return number.replace(/[^\d+]/g, '');
}
