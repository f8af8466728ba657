/** An email as the shopper received it, whatever mailbox it came from. */
export interface ReceivedEmail {
  id: string;
  receivedAt: Date;
  /** The SMTP envelope: who the message was delivered to, and its return path. */
  envelope: { from: string; to: string[] };
  from: string;
  to: string[];
  subject: string;
  messageId?: string;
  /** Raw header values by lower-case name, unfolded, in message order. */
  headers: Map<string, string[]>;
  text?: string;
  html?: string;
  /** The full RFC 5322 source, as evidence. */
  source: string;
}

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

export function firstHeader(email: ReceivedEmail, name: string): string | undefined {
  return email.headers.get(name.toLowerCase())?.[0];
}
