import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  /** The SMTP envelope: '' for a null return path. */
  envelopeFrom: string;
  recipients: string[];
  mail: ParsedMail;
  /** The message as it came over SMTP. */
  source: string;
  receivedAt: number;
}

/** A stand-in for the internet in department tests: an SMTP server that keeps whatever the company sends. */
export interface CapturingRelay {
  port: number;
  received: CapturedMail[];
  /** Mail for this recipient so far. */
  mailFor(recipient: string): CapturedMail[];
  /** Waits until `count` messages reached the recipient, or fails the test after `timeoutMs`. */
  waitForMail(recipient: string, count: number, timeoutMs?: number): Promise<CapturedMail[]>;
  close(): Promise<void>;
}

export async function startCapturingRelay(): Promise<CapturingRelay> {
  const received: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 500,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const source = Buffer.concat(chunks);
        simpleParser(source).then((mail) => {
          received.push({
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            mail,
            source: source.toString('utf8'),
            receivedAt: Date.now(),
          });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const mailFor = (recipient: string) => received.filter((captured) => captured.recipients.includes(recipient));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    mailFor,
    async waitForMail(recipient, count, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (mailFor(recipient).length < count) {
        if (Date.now() > deadline) assert.fail(`expected ${count} mails for ${recipient}, got ${mailFor(recipient).length}`);
        await sleep(10);
      }
      return mailFor(recipient);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Sends a message straight to a company's MX, as a customer's provider would. */
export async function sendTo(smtp: { host: string; port: number }, message: SendMailOptions): Promise<{ messageId: string }> {
  const transport = nodemailer.createTransport({ ...smtp, secure: false, ignoreTLS: true });
  try {
    return await transport.sendMail(message);
  } finally {
    transport.close();
  }
}

/** The raw header value, unfolded (mailparser turns some headers into objects). */
export function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  return line === undefined ? undefined : line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}

export function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', body: new URLSearchParams(fields), headers, redirect: 'manual' });
}
