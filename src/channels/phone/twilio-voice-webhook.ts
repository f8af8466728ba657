import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerCall } from './answer-call.ts';
import { CallStore } from './call-store.ts';
import { ANSWER_WORDS, type PhoneCall } from './phone-call.ts';
import { isSignedByTwilio } from './twilio-signature.ts';
import { answerAndHangUp, listenFirst } from './twiml.ts';

export interface TwilioVoiceWebhookOptions {
  /** The account's auth token: the key of every request's X-Twilio-Signature. A secret. */
  authToken: string;
  /**
   * The public base URL Twilio calls (a tunnel or reverse proxy to this server), e.g.
   * https://shopper.example.com: the number's "A call comes in" webhook is `<base>/voice`.
   */
  publicUrl: string;
  storeDir: string;
  host?: string;
  port?: number;
}

export interface TwilioVoiceWebhook {
  /** Where the server listens, before any tunnel. */
  url: string;
  stop(): Promise<void>;
}

/**
 * The shopper's real phone number, as Twilio's Voice webhooks reach it. `POST /voice` (a call
 * comes in) logs the call and listens to the caller; `POST /voice/heard` (the speech Twilio
 * transcribed) keeps what the caller said and answers as the journey set; `POST /voice/status`
 * (the number's status callback) keeps how long the call lasted. A request without Twilio's
 * signature is refused with 403 and logs nothing.
 */
export async function startTwilioVoiceWebhook(options: TwilioVoiceWebhookOptions): Promise<TwilioVoiceWebhook> {
  const store = new CallStore(options.storeDir);
  await store.init();
  const base = options.publicUrl.replace(/\/+$/, '');
  const prefix = new URL(base).pathname.replace(/\/+$/, ''); // a proxy that keeps the public path passes it on
  const calls = new Map<string, PhoneCall>(); // by CallSid, while Twilio still reports on them

  const routes: Record<string, (params: URLSearchParams) => Promise<string | undefined>> = {
    '/voice': async (params) => {
      const callSid = params.get('CallSid') ?? '';
      const { call, words } = await answerCall(store, { from: params.get('From') ?? '', to: params.get('To') ?? '', callSid });
      calls.set(callSid, call);
      return listenFirst(`${base}/voice/heard`, words);
    },
    '/voice/heard': async (params) => {
      const callSid = params.get('CallSid') ?? '';
      const call = calls.get(callSid);
      if (!call) return answerAndHangUp(ANSWER_WORDS['not-interested']);
      calls.set(callSid, await store.update(call, { heard: params.get('SpeechResult') ?? '' }));
      return answerAndHangUp(ANSWER_WORDS[call.answer]);
    },
    '/voice/status': async (params) => {
      const callSid = params.get('CallSid') ?? '';
      const call = calls.get(callSid);
      const duration = Number(params.get('CallDuration'));
      if (call && params.get('CallStatus') === 'completed') {
        if (Number.isFinite(duration)) await store.update(call, { durationSeconds: duration });
        calls.delete(callSid);
      }
      return undefined;
    },
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = routes[path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path];
    if (request.method !== 'POST' || !route) return void response.writeHead(404).end();
    const params = new URLSearchParams(await readBody(request));
    const signature = request.headers['x-twilio-signature'];
    // Twilio signs the URL it requested: the public one, with the path and query as sent.
    if (!isSignedByTwilio(options.authToken, `${new URL(base).origin}${request.url}`, params, typeof signature === 'string' ? signature : undefined)) {
      return void response.writeHead(403, { 'content-type': 'text/plain' }).end('X-Twilio-Signature does not match');
    }
    const twiml = await route(params);
    if (twiml === undefined) return void response.writeHead(204).end();
    response.writeHead(200, { 'content-type': 'text/xml' }).end(twiml);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > 65_536) throw new Error('request too large');
  }
  return text;
}
