import type { TargetHttp } from '../../safety/target-http.ts';
import type { LedgerCapture, PaymentLedger } from './payment-ledger.ts';

/**
 * The ledger kind `captures-api`: `GET <url>/v1/captures?order=<ref>` with a bearer key, answering
 * a JSON list of captures (the demo company's payment gateway speaks it; so may a real provider's
 * ledger, or a small proxy in front of one). Only the known fields are kept, so that nothing
 * else a provider might send (never a full card number) reaches findings or evidence.
 */
export class CapturesApiLedger implements PaymentLedger {
  constructor(
    private readonly http: TargetHttp,
    private readonly url: string,
    private readonly apiKey: string,
    private readonly timeoutMs = 30_000,
  ) {}

  async capturesFor(order: string): Promise<LedgerCapture[]> {
    const url = new URL('/v1/captures', this.url);
    url.searchParams.set('order', order);
    const init = { headers: { authorization: `Bearer ${this.apiKey}`, accept: 'application/json' }, signal: AbortSignal.timeout(this.timeoutMs) };
    const response = await this.http(url, init, 'read the payment ledger at');
    if (!response.ok) throw new Error(`The payment ledger at ${url.origin} answered ${response.status} for order ${order}`);
    const body: unknown = await response.json();
    if (!Array.isArray(body)) throw new Error(`The payment ledger at ${url.origin} did not answer a list of captures`);
    return body.map((entry) => readCapture(entry, order));
  }
}

function readCapture(entry: unknown, order: string): LedgerCapture {
  const { id, order: captureOrder, amount, currency, capturedAt, cardLast4 } = (entry ?? {}) as Record<string, unknown>;
  const valid =
    typeof id === 'string' &&
    captureOrder === order &&
    Number.isSafeInteger(amount) &&
    typeof currency === 'string' &&
    /^[A-Z]{3}$/.test(currency) &&
    typeof capturedAt === 'string' &&
    typeof cardLast4 === 'string' &&
    /^\d{4}$/.test(cardLast4);
  if (!valid) throw new Error(`The payment ledger answered a capture that is not one for order ${order}: ${JSON.stringify({ id, order: captureOrder, amount, currency })}`);
  return { id, order, amount: amount as number, currency, capturedAt, cardLast4 };
}
