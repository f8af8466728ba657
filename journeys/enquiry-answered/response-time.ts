import type { Mailbox } from '../../src/channels/email/mailbox.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';

/** A reply, or none, once the promised time is over. */
export type SettledResponse = { status: 'in-time' | 'late'; email: ReceivedEmail; afterMs: number } | { status: 'missing' };

export type AwaitedResponse =
  | SettledResponse
  /** The promised time ends after this run may wait: judged by a later run. */
  | { status: 'awaiting'; dueAt: Date };

interface Wait {
  mailbox: Mailbox;
  to: string;
  where: (email: ReceivedEmail) => boolean;
  sentAt: Date;
  /** The promised response time. */
  slaMs: number;
  maxWaitInRun: number;
}

/**
 * Waits for the first matching reply until the promised time is up, and says whether it came in
 * time. When the promise outlasts what a run may wait (a real company's "within one working day"),
 * a reply already there still counts; otherwise the check is awaiting (a watch).
 */
export async function awaitResponse(wait: Wait): Promise<AwaitedResponse> {
  const { mailbox, to, where, sentAt, slaMs, maxWaitInRun } = wait;
  const criteria = { to, where, receivedAfter: new Date(sentAt.getTime() - 1) };
  const dueAt = new Date(sentAt.getTime() + slaMs);
  const remaining = dueAt.getTime() - Date.now();
  const email =
    remaining > maxWaitInRun ? (await mailbox.list(criteria))[0] : await mailbox.waitFor(criteria, Math.max(0, remaining));
  if (!email && remaining > maxWaitInRun) return { status: 'awaiting', dueAt };
  return settleResponse(email, sentAt, slaMs);
}

/** Whether the first reply came within the promised time, came late, or did not come. */
export function settleResponse(email: ReceivedEmail | undefined, sentAt: Date, slaMs: number): SettledResponse {
  if (!email) return { status: 'missing' };
  const afterMs = email.receivedAt.getTime() - sentAt.getTime();
  return { status: afterMs <= slaMs ? 'in-time' : 'late', email, afterMs };
}
