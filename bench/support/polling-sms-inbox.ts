import type { ReceivedSms, SmsCriteria, SmsInbox } from '../../src/channels/sms/sms-inbox.ts';

/**
 * A phone as the classic stack reads it: it looks every `intervalMs` (1 s by default) until a
 * matching text is there, instead of being woken when one arrives. Reading goes through the inbox
 * it wraps, so only the waiting differs.
 */
export class PollingSmsInbox implements SmsInbox {
  constructor(
    private readonly inner: SmsInbox,
    private readonly intervalMs = 1_000,
  ) {}

  numberFor(tag: string): string {
    return this.inner.numberFor(tag);
  }

  list(criteria: SmsCriteria): Promise<ReceivedSms[]> {
    return this.inner.list(criteria);
  }

  async waitFor(criteria: SmsCriteria, timeoutMs: number): Promise<ReceivedSms | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [found] = await this.inner.list(criteria);
      if (found) return found;
      const remaining = deadline - Date.now();
      if (remaining <= 0) return undefined;
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.intervalMs, remaining)));
    }
  }
}
