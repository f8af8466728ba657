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

/** The first value of a header, by name in any case; undefined when the email has none. */
export function firstHeader(email: ReceivedEmail, name: string): string | undefined {
  return email.headers.get(name.toLowerCase())?.[0];
}
