import type { Mailbox } from '../../src/channels/email/mailbox.ts';

/** Delivers one message to `to`; resolves once the receiving server has accepted it (its 250 reply). */
export type Deliver = (to: string, subject: string) => Promise<void>;

/**
 * Latency from a server accepting a message to a step waiting for it resuming, once per sample:
 * a waiter starts, the message is sent after a random pause (so that a poller is met at every
 * phase of its cycle), and the time from the sender's 250 reply to the waiter resolving is kept.
 * The mailbox may wake before the reply reaches the sender: that counts as 0.
 */
export async function measureWakeups(mailbox: Mailbox, deliver: Deliver, samples: number, tagPrefix: string): Promise<number[]> {
  const latencies: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const to = mailbox.address(`${tagPrefix}${sample}-${Date.now()}`);
    let resumedAt = 0;
    // As the journeys wait: for mail to this address since the step began, so older files are skipped by name.
    const waiting = mailbox.waitFor({ to, receivedAfter: new Date(Date.now() - 1) }, 15_000).then((email) => {
      resumedAt = performance.now();
      return email;
    });
    await pause(50 + Math.random() * 1_000);
    await deliver(to, `wake-up sample ${sample}`);
    const acceptedAt = performance.now();
    if (!(await waiting)) throw new Error(`the message to ${to} never woke the waiting step`);
    latencies.push(Math.max(0, resumedAt - acceptedAt));
  }
  return latencies;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
