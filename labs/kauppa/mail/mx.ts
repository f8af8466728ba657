import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerError } from 'smtp-server';
import { DOMAIN } from '../identity.ts';

/** One of Kauppa's mailboxes; `localPart` is the recipient's, lowercased. */
export interface Mailbox {
  accepts(localPart: string): boolean;
  /** A reason to refuse at RCPT time (a fault), or undefined to take the mail. */
  refusal?(): string | undefined;
  deliver(localPart: string, mail: ParsedMail): void;
}

/** Kauppa's MX for kauppa.test: plain SMTP; an unknown mailbox or a refusing one answers 550 at RCPT. */
export async function startMx(options: { host: string; port: number; mailboxes: readonly Mailbox[] }): Promise<{ port: number; close(): Promise<void> }> {
  const mailboxOf = (address: string): { mailbox: Mailbox; localPart: string } | undefined => {
    const at = address.lastIndexOf('@');
    const localPart = address.slice(0, at).toLowerCase();
    if (address.slice(at + 1).toLowerCase() !== DOMAIN) return undefined;
    const mailbox = options.mailboxes.find((candidate) => candidate.accepts(localPart));
    return mailbox && { mailbox, localPart };
  };
  const server = new SMTPServer({
    name: `mx.${DOMAIN}`,
    banner: 'Kauppa Oy',
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    closeTimeout: 500,
    logger: false,
    onRcptTo(address, _session, callback) {
      const found = mailboxOf(address.address);
      if (!found) return callback(refuse(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`));
      const reason = found.mailbox.refusal?.();
      callback(reason ? refuse(reason) : undefined);
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          for (const recipient of session.envelope.rcptTo) {
            const found = mailboxOf(recipient.address);
            found?.mailbox.deliver(found.localPart, mail);
          }
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  server.on('error', (error) => console.error('Kauppa Oy MX:', error.message));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function refuse(message: string): SMTPServerError {
  return Object.assign(new Error(message), { responseCode: 550 });
}
