import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  recipients: string[];
  mail: ParsedMail;
  /** The message as it came over SMTP. */
  source: string;
}

/** A stand-in for the internet in tests: an SMTP server that keeps whatever a company sends. */
export interface CapturingRelay {
  port: number;
  received: CapturedMail[];
  /** The messages for one recipient, once there are `count` of them; fails after `timeoutMs`. */
  waitFor(recipient: string, count: number, timeoutMs?: number): Promise<CapturedMail[]>;
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
          received.push({ recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail, source: source.toString('utf8') });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const forRecipient = (recipient: string) => received.filter((captured) => captured.recipients.includes(recipient));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    async waitFor(recipient, count, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (forRecipient(recipient).length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} mails for ${recipient}, got ${forRecipient(recipient).length}`);
        await sleep(20);
      }
      return forRecipient(recipient);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
