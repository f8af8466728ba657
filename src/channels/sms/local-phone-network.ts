import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerCall } from '../phone/answer-call.ts';
import { CallStore } from '../phone/call-store.ts';
import { SmsStore } from './sms-store.ts';

export interface LocalPhoneNetwork {
  /**
   * Base URL of the API companies text and call through: `POST <url>/messages` with `{ from, to, body }`,
   * and `POST <url>/calls` with `{ from, to, says }`, answered with `{ id, answer }`: what the phone said.
   */
  url: string;
  stop(): Promise<void>;
}

/**
 * The personas' phones, in-process: a phone provider's API on loopback that keeps every text it is
 * given on disk, for the shopper's phone (LocalSmsInbox) to read, and rings the shopper's phone
 * for each call, which answers as its journey set and logs the call (CallLog).
 */
export async function startLocalPhoneNetwork(options: { storeDir: string; callStoreDir: string; host?: string; port?: number }): Promise<LocalPhoneNetwork> {
  const store = new SmsStore(options.storeDir);
  const calls = new CallStore(options.callStoreDir);
  await Promise.all([store.init(), calls.init()]);
  const server = createServer((request, response) => {
    const reply = (status: number, body: object) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method === 'POST' && request.url === '/calls') {
      return void readJson(request)
        .then(async (dialled) => {
          const { from, to, says } = dialled as Record<string, unknown>;
          if (typeof from !== 'string' || typeof to !== 'string' || typeof says !== 'string' || !isE164(to)) {
            return reply(400, { error: 'expected { from, to: "+E.164", says } as strings' });
          }
          const { call, words } = await answerCall(calls, { from, to, heard: says });
          reply(201, { id: call.id, answer: words });
        })
        .catch((error: Error) => reply(400, { error: error.message }));
    }
    if (request.method !== 'POST' || request.url !== '/messages') return reply(404, { error: 'POST /messages or POST /calls' });
    readJson(request)
      .then(async (message) => {
        const { from, to, body } = message as Record<string, unknown>;
        if (typeof from !== 'string' || typeof to !== 'string' || typeof body !== 'string' || !isE164(to)) {
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

function isE164(number: string): boolean {
  return /^\+\d{6,15}$/.test(number.replace(/[\s-]/g, ''));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > 16_384) throw new Error('message too large');
  }
  return JSON.parse(text);
}
