import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface FakeMailosaur {
  /** Base URL for the Mailosaur client, e.g. https://127.0.0.1:4433/ */
  baseUrl: string;
  /** Where mail for <anything>@<serverId>.mailosaur.net is delivered. */
  smtp: { host: string; port: number };
  /** A text message arriving at one of the account's phone numbers. */
  receiveSms(message: { from: string; to: string; body: string }): void;
  stop(): Promise<void>;
}

interface Address {
  name: string;
  email?: string;
  phone?: string;
}

interface StoredMessage {
  id: string;
  type: 'Email' | 'SMS';
  server: string;
  received: string;
  from: Address[];
  to: Address[];
  subject: string;
  text: string;
  html: string;
  headers: Array<{ field: string; value: string }>;
  raw?: Buffer;
}

const CERT_DIR = import.meta.dirname;

/**
 * The official client drops the port of its base URL and always connects to 443, so the fake
 * listens on 443 of a loopback address of its own (all of 127.0.0.0/8 is loopback on Linux).
 */
export const FAKE_MAILOSAUR_HOST = '127.0.83.1';

/**
 * A stand-in for Mailosaur, written from its documented REST API: Basic auth with the API key,
 * `POST /api/messages/search` (criteria sentTo/sentFrom/subject/body, match ALL|ANY, query
 * server/page/itemsPerPage/receivedAfter, newest first, polling pace in `x-ms-delay`),
 * `GET /api/messages/{id}`, `GET /api/files/email/{id}` (the raw .eml), `GET|DELETE /api/messages`.
 */
export async function startFakeMailosaur(options: { apiKey: string; serverId: string }): Promise<FakeMailosaur> {
  const messages: StoredMessage[] = [];
  const https = createServer(
    { key: readFileSync(path.join(CERT_DIR, 'test-only-key.pem')), cert: readFileSync(path.join(CERT_DIR, 'test-only-cert.pem')) },
    (request, response) => {
      handle(request, response, messages, options).catch((error: Error) => json(response, 500, { message: error.message }));
    },
  );
  await new Promise<void>((resolve, reject) => {
    https.once('error', reject);
    https.listen(443, FAKE_MAILOSAUR_HOST, () => resolve());
  });
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const domain = address.address.split('@')[1]?.toLowerCase() ?? '';
      callback(domain.startsWith(`${options.serverId.toLowerCase()}.`) ? undefined : Object.assign(new Error('5.1.1 No such server'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((mail) => {
            messages.push({
              id: randomUUID(),
              type: 'Email',
              server: options.serverId,
              received: new Date().toISOString(),
              from: addresses(mail.from),
              to: session.envelope.rcptTo.map((rcpt) => ({ name: '', email: rcpt.address })),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              headers: mail.headerLines.map(({ line }) => ({ field: line.slice(0, line.indexOf(':')), value: line.slice(line.indexOf(':') + 1).trim() })),
              raw,
            });
            callback();
          })
          .catch(() => {
            // Mailosaur keeps what it cannot parse too; so do we, with what is known.
            messages.push({ id: randomUUID(), type: 'Email', server: options.serverId, received: new Date().toISOString(), from: [], to: session.envelope.rcptTo.map((rcpt) => ({ name: '', email: rcpt.address })), subject: '', text: '', html: '', headers: [], raw });
            callback();
          });
      });
    },
  });
  await listen((port, host, ready) => smtp.listen(port, host, ready));
  return {
    baseUrl: `https://${FAKE_MAILOSAUR_HOST}/`,
    smtp: { host: '127.0.0.1', port: (smtp.server.address() as AddressInfo).port },
    receiveSms: ({ from, to, body }) =>
      messages.push({ id: randomUUID(), type: 'SMS', server: options.serverId, received: new Date().toISOString(), from: [{ name: '', phone: from }], to: [{ name: '', phone: to }], subject: '', text: body, html: '', headers: [] }),
    stop: async () => {
      https.closeAllConnections();
      await Promise.all([new Promise((resolve) => https.close(resolve)), new Promise((resolve) => smtp.close(() => resolve(undefined)))]);
    },
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, messages: StoredMessage[], options: { apiKey: string; serverId: string }): Promise<void> {
  if (request.headers.authorization !== `Basic ${Buffer.from(`${options.apiKey}:`).toString('base64')}`) {
    return json(response, 401, { message: 'Authentication failed, check your API key.' });
  }
  const url = new URL(request.url ?? '/', 'https://fake-mailosaur.test');
  const serverMessages = () => {
    const server = url.searchParams.get('server');
    if (server !== options.serverId) return undefined;
    const after = url.searchParams.get('receivedAfter');
    return messages.filter((message) => !after || Date.parse(message.received) >= Date.parse(after)).reverse();
  };
  const page = (items: StoredMessage[]) => {
    const perPage = Number(url.searchParams.get('itemsPerPage') ?? 50);
    const pageIndex = Number(url.searchParams.get('page') ?? 0);
    return items.slice(pageIndex * perPage, (pageIndex + 1) * perPage).map(summary);
  };

  if (request.method === 'POST' && url.pathname === '/api/messages/search') {
    const candidates = serverMessages();
    if (!candidates) return json(response, 400, { errors: [{ field: 'server', detail: [{ description: 'Unknown server' }] }] });
    const criteria = JSON.parse((await body(request)) || '{}') as Record<string, string | undefined>;
    response.setHeader('x-ms-delay', '100'); // how soon the client should poll again
    return json(response, 200, { items: page(candidates.filter((message) => matches(message, criteria))) });
  }
  if (url.pathname === '/api/messages') {
    const candidates = serverMessages();
    if (!candidates) return json(response, 400, { errors: [{ field: 'server', detail: [{ description: 'Unknown server' }] }] });
    if (request.method === 'DELETE') {
      messages.splice(0, messages.length);
      return json(response, 204, undefined);
    }
    return json(response, 200, { items: page(candidates) });
  }
  const messageId = /^\/api\/messages\/([\w-]+)$/.exec(url.pathname)?.[1];
  const fileId = /^\/api\/files\/email\/([\w-]+)$/.exec(url.pathname)?.[1];
  const message = messages.find((candidate) => candidate.id === (messageId ?? fileId));
  if (!message) return json(response, 404, { message: 'Not found' });
  if (fileId && request.method === 'GET') {
    response.writeHead(200, { 'content-type': 'message/rfc822' });
    return void response.end(message.raw ?? Buffer.alloc(0));
  }
  if (request.method === 'GET') return json(response, 200, full(message));
  return json(response, 405, { message: 'Method not allowed' });
}

function matches(message: StoredMessage, criteria: Record<string, string | undefined>): boolean {
  const tests: boolean[] = [];
  const has = (value: string | undefined, expected: string) => (value ?? '').toLowerCase().includes(expected.toLowerCase());
  if (criteria.sentTo) tests.push(message.to.some((address) => [address.email, address.phone].some((value) => value?.toLowerCase() === criteria.sentTo!.toLowerCase())));
  if (criteria.sentFrom) tests.push(message.from.some((address) => [address.email, address.phone].some((value) => value?.toLowerCase() === criteria.sentFrom!.toLowerCase())));
  if (criteria.subject) tests.push(has(message.subject, criteria.subject));
  if (criteria.body) tests.push(has(message.text, criteria.body) || has(message.html, criteria.body));
  return criteria.match === 'ANY' ? tests.length === 0 || tests.some(Boolean) : tests.every(Boolean);
}

function summary(message: StoredMessage) {
  return { id: message.id, type: message.type, from: message.from, to: message.to, cc: [], bcc: [], received: message.received, subject: message.subject, summary: message.text.slice(0, 100), attachments: 0, server: message.server };
}

function full(message: StoredMessage) {
  return {
    id: message.id,
    type: message.type,
    from: message.from,
    to: message.to,
    cc: [],
    bcc: [],
    received: message.received,
    subject: message.subject,
    html: { body: message.html, links: [], images: [] },
    text: { body: message.text, links: [], codes: [] },
    attachments: [],
    metadata: { headers: message.headers, ehlo: null, mailFrom: null, rcptTo: message.to.map((address) => ({ email: address.email ?? null })) },
    server: message.server,
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): Address[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) => object.value.map((entry) => ({ name: entry.name, email: entry.address ?? '' })));
}

function json(response: ServerResponse, status: number, payload: unknown): void {
  response.writeHead(status, payload === undefined ? {} : { 'content-type': 'application/json' });
  response.end(payload === undefined ? undefined : JSON.stringify(payload));
}

async function body(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}

function listen(start: (port: number, host: string, ready: () => void) => void): Promise<void> {
  return new Promise((resolve) => start(0, '127.0.0.1', resolve));
}
