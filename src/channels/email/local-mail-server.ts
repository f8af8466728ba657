import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';
import { deliverOnward, type MailRoutes } from './onward-delivery.ts';
import { MessageStore } from './message-store.ts';

export interface LocalMailServerOptions {
  storeDir: string;
  /** Domains whose mail is kept here: the personas' mailboxes. */
  localDomains: string[];
  /** Where mail for other domains goes (there is no DNS in a lab): domain → host:port. */
  routes: MailRoutes;
  host?: string;
  port?: number;
  /** The name this server gives itself in greetings, Received headers and bounces. */
  hostname?: string;
}

export interface LocalMailServer {
  host: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * The personas' mail provider, in-process: an SMTP server that keeps every message for a local
 * address on disk, and relays what the personas send to the companies' servers, returning an
 * RFC 3464 bounce to the persona when a company's server refuses it, as a real provider does.
 */
export async function startLocalMailServer(options: LocalMailServerOptions): Promise<LocalMailServer> {
  const store = new MessageStore(options.storeDir);
  await store.init();
  const hostname = options.hostname ?? 'mail.shopper.test';
  const isLocal = (address: string) => options.localDomains.includes(domainOf(address));
  const deliveries = new Set<Promise<void>>();

  const server = new SMTPServer({
    name: hostname,
    banner: 'mystery-shopper local mailbox',
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    size: 25 * 1024 * 1024,
    logger: false,
    onRcptTo(address: SMTPServerAddress, session: SMTPServerSession, callback: (error?: Error) => void) {
      const sender = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
      if (isLocal(address.address)) return callback();
      if (isLocal(sender) && options.routes[domainOf(address.address)]) return callback();
      callback(smtpError(550, `5.7.1 Relaying to <${address.address}> denied`));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        const received = Buffer.from(
          `Return-Path: <${envelopeFrom}>\r\nReceived: from ${session.clientHostname} ([${session.remoteAddress}])\r\n` +
            `\tby ${hostname} with ESMTP id ${session.id}; ${new Date().toUTCString()}\r\n`,
        );
        const source = Buffer.concat([received, ...chunks]);
        const arrival = new Date();
        const local = recipients.filter(isLocal);
        const remote = recipients.filter((address) => !isLocal(address));
        const saving = local.length
          ? store.save(source, { receivedAt: arrival.toISOString(), envelopeFrom, recipients: local })
          : Promise.resolve();
        saving.then(
          () => {
            callback();
            // Store and forward: the sender is answered first; a refusal comes back as a bounce.
            const envelopeId = session.envelope.dsn?.envid ?? undefined;
            const delivery = deliverOnward({ store, routes: options.routes, hostname, envelopeFrom, envelopeId, remote, source: Buffer.concat(chunks), arrival });
            deliveries.add(delivery);
            void delivery.finally(() => deliveries.delete(delivery));
          },
          (error: Error) => callback(smtpError(451, `4.3.0 Could not store the message: ${error.message}`)),
        );
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  server.on('error', (error) => console.error(`[local mailbox] ${error.message}`));
  const address = server.server.address() as AddressInfo;
  return {
    host: address.address,
    port: address.port,
    async stop() {
      await Promise.allSettled(deliveries);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}
