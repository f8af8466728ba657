import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chargeFingerprint, error, parseChargeRequest, processCharge } from './charges.ts';
import { IdempotencyKeys, type RememberedAnswer } from './idempotency.ts';
import { Ledger } from './ledger.ts';

export interface PaymentGateway {
  /** Base URL of the API: POST /v1/charges, GET /v1/captures?order=… */
  url: string;
  /** The merchant's secret key: charges and the ledger. */
  secretKey: string;
  /** A restricted key that can only read the ledger, for auditors. */
  ledgerKey: string;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 16 * 1024;

/**
 * A payment provider's sandbox as a separate HTTP service: it captures charges from the shop's
 * back end (test cards only, one capture per idempotency key) and keeps the ledger the merchant,
 * or an auditor with the restricted key, can read. It never stores a full card number.
 */
export async function startPaymentGateway(options: { host?: string; port?: number } = {}): Promise<PaymentGateway> {
  const secretKey = `sk_test_${randomBytes(18).toString('base64url')}`;
  const ledgerKey = `rk_test_${randomBytes(18).toString('base64url')}`;
  const ledger = new Ledger();
  const idempotency = new IdempotencyKeys();

  const server = createServer((request, response) => {
    answer(request)
      .catch((failure: unknown): RememberedAnswer => {
        console.error(`Payment gateway: ${request.method} ${request.url} failed:`, failure);
        return { status: 500, body: error('internal', 'Something went wrong at the gateway') };
      })
      .then((result) => reply(response, result));
  });

  async function answer(request: IncomingMessage): Promise<RememberedAnswer & { replayed?: boolean }> {
    const url = new URL(request.url ?? '/', 'http://gateway.invalid');
    const key = bearerKey(request);
    if (key !== secretKey && key !== ledgerKey) return { status: 401, body: error('unauthorized', 'Missing or unknown API key') };
    if (request.method === 'GET' && url.pathname === '/v1/captures') {
      const order = url.searchParams.get('order');
      if (!order) return { status: 400, body: error('invalid_request', 'Query parameter "order" is required') };
      return { status: 200, body: ledger.capturesFor(order) };
    }
    if (request.method === 'POST' && url.pathname === '/v1/charges') {
      if (key !== secretKey) return { status: 403, body: error('forbidden', 'This key may only read the ledger') };
      return charge(request);
    }
    return { status: 404, body: error('not_found', `No ${request.method} ${url.pathname}`) };
  }

  async function charge(request: IncomingMessage): Promise<RememberedAnswer & { replayed?: boolean }> {
    const idempotencyKey = request.headers['idempotency-key'];
    if (typeof idempotencyKey !== 'string' || idempotencyKey === '' || idempotencyKey.length > 255) {
      return { status: 400, body: error('invalid_request', 'An Idempotency-Key header of 1 to 255 characters is required') };
    }
    const body = await readJson(request).catch(() => undefined);
    if (body === undefined) return { status: 400, body: error('invalid_request', 'The body must be JSON of at most 16 KiB') };
    const parsed = parseChargeRequest(body);
    if ('error' in parsed) return { status: 400, body: parsed };
    const fingerprint = chargeFingerprint(parsed);
    const earlier = idempotency.lookUp(idempotencyKey, fingerprint);
    if (earlier === 'conflict') {
      return { status: 409, body: error('idempotency_key_reused', 'This Idempotency-Key was used with other parameters') };
    }
    if (earlier !== undefined) return { ...earlier, replayed: true };
    const result = processCharge(parsed, ledger);
    idempotency.remember(idempotencyKey, fingerprint, result);
    return result;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    secretKey,
    ledgerKey,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function bearerKey(request: IncomingMessage): string | undefined {
  return /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function reply(response: ServerResponse, result: RememberedAnswer & { replayed?: boolean }): void {
  response.writeHead(result.status, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
    ...(result.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
  });
  response.end(JSON.stringify(result.body));
}
