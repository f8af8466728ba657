import nodemailer from 'nodemailer';

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

export interface SentEmail {
  messageId: string;
  sentAt: Date;
}

/** Sends the persona's email through the persona's own mail provider over SMTP. */
export class SmtpMailSender {
  constructor(private readonly server: { host: string; port: number }) {}

  async send(email: OutgoingEmail): Promise<SentEmail> {
    const transport = nodemailer.createTransport({ ...this.server, secure: false, ignoreTLS: true });
    try {
      const sentAt = new Date();
      const info = await transport.sendMail(email);
      return { messageId: info.messageId, sentAt };
    } finally {
      transport.close();
    }
  }
}
