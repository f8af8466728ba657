import type { Mailbox } from '../../src/channels/email/mailbox.ts';
import { checkOrWatch, type WatchingScenario, type WatchToLeave } from '../../src/findings/check-or-watch.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { WatchedEnquiry } from './enquiry-watch.ts';

/** A reply, or none, once the promised time is over. */
export type SettledResponse = { status: 'in-time' | 'late'; email: ReceivedEmail; afterMs: number } | { status: 'missing' };

/** The reply an enquiry waits for: the first matching email to the shopper since it was sent. */
export interface AwaitedReply {
  to: string;
  where: (email: ReceivedEmail) => boolean;
  sentAt: Date;
  /** The promised response time. */
  slaMs: number;
}

/** When the promised response time is over. */
export function replyDueAt(reply: AwaitedReply): Date {
  return new Date(reply.sentAt.getTime() + reply.slaMs);
}

interface ReplyCheck<R> {
  reply: AwaitedReply;
  maxWaitInRun: number;
  /** Left when the promise outlasts what the run may wait and no reply is there yet. */
  watch: WatchToLeave<WatchedEnquiry>;
  /** Judges the first reply: in time, late, or missing. */
  judge: (response: SettledResponse) => Promise<R>;
}

/**
 * Waits for the first matching reply until the promised time is up, and judges whether it came in
 * time (`checkOrWatch`). When the promise outlasts what a run may wait (a real company's "within
 * one working day"), a reply already there still counts: the mailbox is listed once, and only when
 * nothing is there yet is the watch left. Returns what `judge` returned, or undefined for a watch.
 */
export function checkReplyOrWatch<R>(scenario: WatchingScenario & { mailbox: Mailbox }, { reply, maxWaitInRun, watch, judge }: ReplyCheck<R>): Promise<R | undefined> {
  const { mailbox } = scenario;
  const criteria = { to: reply.to, where: reply.where, receivedAfter: new Date(reply.sentAt.getTime() - 1) };
  const settle = (email: ReceivedEmail | undefined) => judge(settleResponse(email, reply.sentAt, reply.slaMs));
  return checkOrWatch(scenario, {
    dueAt: replyDueAt(reply),
    maxWaitInRun,
    watch,
    checkNow: async (remainingMs) => settle(await mailbox.waitFor(criteria, remainingMs)),
    arrivedEarly: { look: async () => (await mailbox.list(criteria))[0], judge: settle },
  });
}

/** Whether the first reply came within the promised time, came late, or did not come. */
export function settleResponse(email: ReceivedEmail | undefined, sentAt: Date, slaMs: number): SettledResponse {
  if (!email) return { status: 'missing' };
  const afterMs = email.receivedAt.getTime() - sentAt.getTime();
  return { status: afterMs <= slaMs ? 'in-time' : 'late', email, afterMs };
}
