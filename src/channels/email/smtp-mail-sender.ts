import { randomBytes } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { SubmissionSettings } from '../channel-settings.ts';

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** For a reply: the Message-ID answered, and the thread it belongs to. */
  inReplyTo?: string;
  references?: string[];
}

export interface SentEmail {
  messageId: string;
  /** The DSN envelope id (RFC 3461 ENVID) that a bounce of this message will quote. */
  envelopeId: string;
  sentAt: Date;
}

/**
 * Sends the persona's email through the persona's own mail provider over SMTP, with the watched
 * mailbox as envelope sender and a delivery status notification requested on failure, so that a
 * bounce comes back to where the journey is looking and can be matched to this message.
 */
export class SmtpMailSender {
  constructor(private readonly server: Partial<SubmissionSettings> & { host: string; port: number }) {}

  async send(email: OutgoingEmail): Promise<SentEmail> {
    const transport = nodemailer.createTransport({
      host: this.server.host,
      port: this.server.port,
      secure: this.server.secure ?? false,
      ...(this.server.auth ? { auth: this.server.auth } : { ignoreTLS: true }),
    });
    const envelopeId = `ms-${randomBytes(8).toString('hex')}`;
    try {
      const sentAt = new Date();
      const sender = address(email.from);
      const info = await transport.sendMail({
        ...email,
        envelope: { from: sender, to: [address(email.to)] },
        dsn: { id: envelopeId, return: 'headers', notify: ['failure', 'delay'], recipient: sender },
      });
      return { messageId: info.messageId, envelopeId, sentAt };
    } finally {
      transport.close();
    }
  }
}

/** The bare address of "Name <address>". */
function address(mailbox: string): string {
  return /<([^>]+)>/.exec(mailbox)?.[1] ?? mailbox.trim();
}
