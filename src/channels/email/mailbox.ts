import type { ReceivedEmail } from '../../mail/received-email.ts';

/** What a journey waits for. Every given criterion must match. */
export interface MailCriteria {
  /** A recipient address (envelope or To header), case-insensitive. */
  to?: string;
  /** A sender address, or a pattern on the From header. */
  from?: string | RegExp;
  subject?: string | RegExp;
  /** Only messages received strictly after this moment. */
  receivedAfter?: Date;
  /** Any further test on the whole message, e.g. "is a bounce". */
  where?: (email: ReceivedEmail) => boolean;
}

/** The shopper's mailbox. Adapters: the local mailbox (default); more come with real channels. */
export interface Mailbox {
  /** A fresh address of this mailbox for one scenario (a sub-address, or a new inbox address). */
  address(tag: string): string;
  /** Waits until a matching message is there; resolves undefined when none came in time. */
  waitFor(criteria: MailCriteria, timeoutMs: number): Promise<ReceivedEmail | undefined>;
  /** Every matching message received so far, oldest first. */
  list(criteria: MailCriteria): Promise<ReceivedEmail[]>;
}
