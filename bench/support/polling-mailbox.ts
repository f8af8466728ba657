import type { MailCriteria, Mailbox } from '../../src/channels/email/mailbox.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';

/**
 * A mailbox as the classic stack reads it: it looks every `intervalMs` (1 s by default) until a
 * matching message is there, instead of being woken when one arrives. Reading goes through the
 * mailbox it wraps, so only the waiting differs.
 */
export class PollingMailbox implements Mailbox {
  constructor(
    private readonly inner: Mailbox,
    private readonly intervalMs = 1_000,
  ) {}

  address(tag: string): string {
    return this.inner.address(tag);
  }

  list(criteria: MailCriteria): Promise<ReceivedEmail[]> {
    return this.inner.list(criteria);
  }

  async waitFor(criteria: MailCriteria, timeoutMs: number): Promise<ReceivedEmail | undefined> {
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
