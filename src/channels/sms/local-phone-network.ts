import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SmsStore } from './sms-store.ts';

export interface LocalPhoneNetwork {
  /** Base URL of the SMS API companies send through: `POST <url>/messages` with `{ from, to, body }`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * The personas' phones, in-process: an SMS provider API on loopback that keeps every text it is
 * given on disk, for the shopper's phone (LocalSmsInbox) to read.
 */
export async function startLocalPhoneNetwork(options: { storeDir: string; host?: string; port?: number }): Promise<LocalPhoneNetwork> {
  const store = new SmsStore(options.storeDir);
  await store.init();
  const server = createServer((request, response) => {
    const reply = (status: number, body: object) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST' || request.url !== '/messages') return reply(404, { error: 'POST /messages' });
    readJson(request)
      .then(async (message) => {
        const { from, to, body } = message as Record<string, unknown>;
        if (typeof from !== 'string' || typeof to !== 'string' || typeof body !== 'string' || !/^\+\d{6,15}$/.test(to.replace(/[\s-]/g, ''))) {
          return reply(400, { error: 'expected { from, to: "+E.164", body } as strings' });
        }
        const stored = await store.save({ from, to, body });
        reply(201, { id: stored.id });
      })
      .catch((error: Error) => reply(400, { error: error.message }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > 16_384) throw new Error('message too large');
  }
  return JSON.parse(text);
}
