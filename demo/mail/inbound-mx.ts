import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerError } from 'smtp-server';
import { MAIL_DOMAIN, SHOP_NAME } from '../shop-identity.ts';

export interface InboundMxOptions {
  host: string;
  port: number;
  /** Delivery of a parsed message, per local part of the company's domain. */
  mailboxes: Readonly<Record<string, (mail: ParsedMail) => void>>;
  /** Local parts whose mailbox rejects every message as full. */
  fullMailboxes: ReadonlySet<string>;
}

export interface InboundMx {
  port: number;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/** The company's inbound mail exchanger: plain SMTP, no TLS, no auth, only for its own mailboxes. */
export async function startInboundMx(options: InboundMxOptions): Promise<InboundMx> {
  const server = new SMTPServer({
    name: `mx.${MAIL_DOMAIN}`,
    banner: `${SHOP_NAME} MX`,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    size: MAX_MESSAGE_BYTES,
    // A client still connected when the company stops gets 421 after this instead of after 30 s.
    closeTimeout: 1_000,
    logger: false,
    onRcptTo: (address, _session, callback) => callback(checkRecipient(address.address, options)),
    onData: (stream, session, callback) => {
      const localParts = session.envelope.rcptTo.map((recipient) => splitAddress(recipient.address).localPart);
      deliver(stream, localParts, options.mailboxes).then(
        () => callback(),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
  server.on('error', (error) => console.error(`${SHOP_NAME} MX:`, error.message));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function checkRecipient(address: string, options: InboundMxOptions): SMTPServerError | null {
  const { localPart, domain } = splitAddress(address);
  if (domain !== MAIL_DOMAIN) return smtpError(550, '5.7.1 Relaying denied');
  if (!Object.hasOwn(options.mailboxes, localPart)) return smtpError(550, '5.1.1 User unknown');
  if (options.fullMailboxes.has(localPart)) return smtpError(552, '5.2.2 Mailbox full');
  return null;
}

async function deliver(
  stream: SMTPServerDataStream,
  localParts: readonly string[],
  mailboxes: InboundMxOptions['mailboxes'],
): Promise<void> {
  let mail: ParsedMail;
  try {
    mail = await simpleParser(stream);
  } catch {
    stream.resume(); // let the client finish sending before it hears the answer
    throw smtpError(554, '5.6.0 Message could not be parsed');
  }
  if (stream.sizeExceeded) throw smtpError(552, '5.3.4 Message too big');
  for (const localPart of new Set(localParts)) mailboxes[localPart]?.(mail);
}

function splitAddress(address: string): { localPart: string; domain: string } {
  const at = address.lastIndexOf('@');
  if (at === -1) return { localPart: address.toLowerCase(), domain: '' };
  return { localPart: address.slice(0, at).toLowerCase(), domain: address.slice(at + 1).toLowerCase() };
}

function smtpError(responseCode: number, message: string): SMTPServerError {
  return Object.assign(new Error(message), { responseCode });
}
