import type { Mailbox } from '../channels/email/mailbox.ts';
import type { CallLog } from '../channels/phone/call-log.ts';
import type { SmsInbox } from '../channels/sms/sms-inbox.ts';
import type { Evidence } from '../findings/finding.ts';
import type { Watch, JudgedWatch } from '../findings/watches.ts';

/** What a judge may read: the shopper's own channels, as the run that judges sees them. */
export interface JudgeContext {
  mailbox: Mailbox;
  sms: SmsInbox;
  calls: CallLog;
  companyName: string;
  now: Date;
}

/**
 * Evidence a judgement found, with its bytes: a judged watch has no scenario to attach it to, so
 * the reporter copies it beside the report like any attachment.
 */
export interface JudgedEvidence {
  evidence: Evidence;
  body: Buffer;
}

export interface Judgement {
  /** The watch as judged. */
  judged: JudgedWatch;
  evidence: JudgedEvidence[];
}

/** Judges one watch that has fallen due, from what the shopper's channels hold now. */
export type Judge = (watch: Watch, context: JudgeContext) => Promise<Judgement>;
