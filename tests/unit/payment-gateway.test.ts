import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Capture } from '../../demo/payment-gateway/api.ts';
import { PaymentGatewayClient } from '../../demo/payment-gateway/gateway-client.ts';
import { startPaymentGateway, type PaymentGateway } from '../../demo/payment-gateway/gateway.ts';
import { judgeCard } from '../../demo/payment-gateway/sandbox-cards.ts';

const CARD = { number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123', name: 'Sam Shopper' };
const DECLINE_CARD = { ...CARD, number: '4000 0000 0000 0002' };
/** Passes the Luhn check but is none of the sandbox's test cards. */
const OTHER_CARD = { ...CARD, number: '4111 1111 1111 1111' };

let gateway: PaymentGateway;
before(async () => {
  gateway = await startPaymentGateway();
});
after(() => gateway.stop());

describe('payment gateway sandbox', () => {
  test('a test card is captured once, and the ledger lists the capture with the last four digits only', async () => {
    const response = await charge({ order: 'N-1', amount: 41_200, currency: 'EUR', card: CARD }, 'key-1');
    assert.equal(response.status, 201);
    const text = await response.text();
    assert.doesNotMatch(text, /4242424242424242|4242 4242 4242 4242/);
    const captured = JSON.parse(text) as Capture & { status: string };
    assert.equal(captured.status, 'captured');
    assert.deepEqual({ order: captured.order, amount: captured.amount, currency: captured.currency, cardLast4: captured.cardLast4 }, {
      order: 'N-1',
      amount: 41_200,
      currency: 'EUR',
      cardLast4: '4242',
    });
    const captures = await ledger('N-1');
    assert.deepEqual(captures, [{ id: captured.id, order: 'N-1', amount: 41_200, currency: 'EUR', capturedAt: captured.capturedAt, cardLast4: '4242' }]);
  });

  test('the same idempotency key replays the answer and takes no money again; with other parameters it is refused', async () => {
    const request = { order: 'N-2', amount: 28_950, currency: 'EUR', card: CARD };
    const first = await charge(request, 'key-2');
    const again = await charge(request, 'key-2');
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), await first.json());
    assert.equal((await ledger('N-2')).length, 1);

    const changed = await charge({ ...request, amount: 36_188 }, 'key-2');
    assert.equal(changed.status, 409);
    assert.equal(((await changed.json()) as { error: { code: string } }).error.code, 'idempotency_key_reused');
    const secondAttempt = await charge(request, 'key-2b');
    assert.equal(secondAttempt.status, 201);
    assert.equal((await ledger('N-2')).length, 2, 'a new key is a new charge');
  });

  test('the decline card is declined and nothing is captured', async () => {
    const response = await charge({ order: 'N-3', amount: 100, currency: 'EUR', card: DECLINE_CARD }, 'key-3');
    assert.equal(response.status, 402);
    assert.deepEqual(await response.json(), { status: 'declined', code: 'card_declined', message: 'The card was declined by its issuer' });
    assert.deepEqual(await ledger('N-3'), []);
  });

  test('only test cards: any other card number is refused, and never echoed', async () => {
    const other = await charge({ order: 'N-4', amount: 100, currency: 'EUR', card: OTHER_CARD }, 'key-4');
    assert.equal(other.status, 400);
    const text = await other.text();
    assert.match(text, /live_card_in_sandbox/);
    assert.doesNotMatch(text, /4111/);
    const invalid = await charge({ order: 'N-4', amount: 100, currency: 'EUR', card: { ...CARD, number: '4242 4242 4242 4241' } }, 'key-5');
    assert.equal(invalid.status, 400);
    assert.match(await invalid.text(), /invalid_number/);
    const expired = await charge({ order: 'N-4', amount: 100, currency: 'EUR', card: { ...CARD, expiry: '01/20' } }, 'key-6');
    assert.equal(expired.status, 402);
    assert.deepEqual(await ledger('N-4'), []);
    assert.deepEqual(
      ['4242424242424242', '4000000000000002', '4111111111111111', '4242424242424241', '42'].map(judgeCard),
      ['approve', 'decline', 'not-a-test-card', 'invalid', 'invalid'],
    );
  });

  test('requests need a key, an idempotency key and a well-formed body; the ledger key only reads', async () => {
    const body = { order: 'N-5', amount: 100, currency: 'EUR', card: CARD };
    assert.equal((await charge(body, 'key-7', 'sk_test_wrong')).status, 401);
    assert.equal((await charge(body, 'key-7', gateway.ledgerKey)).status, 403);
    assert.equal((await charge(body, '')).status, 400);
    assert.equal((await charge({ ...body, amount: 12.5 }, 'key-8')).status, 400);
    assert.equal((await charge({ ...body, currency: 'euro' }, 'key-9')).status, 400);
    const notJson = await fetch(`${gateway.url}/v1/charges`, {
      method: 'POST',
      headers: { ...auth(gateway.secretKey), 'idempotency-key': 'key-9b' },
      body: 'amount=100',
    });
    assert.equal(notJson.status, 400);
    assert.equal((await fetch(`${gateway.url}/v1/captures?order=N-5`)).status, 401);
    assert.equal((await fetch(`${gateway.url}/v1/captures`, { headers: auth(gateway.ledgerKey) })).status, 400);
    assert.equal((await fetch(`${gateway.url}/v1/refunds`, { headers: auth(gateway.secretKey) })).status, 404);
    assert.deepEqual(await ledger('N-5'), []);
  });

  test("the merchant's client reads captured, declined and unanswered charges", async () => {
    const client = new PaymentGatewayClient({ url: gateway.url, secretKey: gateway.secretKey });
    const request = { order: 'N-6', amount: 5_000, currency: 'EUR', card: CARD };
    const captured = await client.charge(request, 'key-10');
    assert.equal(captured.outcome, 'captured');
    assert.deepEqual(await client.charge(request, 'key-10'), captured);
    assert.deepEqual(await client.charge({ ...request, card: DECLINE_CARD }, 'key-11'), {
      outcome: 'declined',
      message: 'The card was declined by its issuer',
    });
    assert.equal((await client.charge({ ...request, card: OTHER_CARD }, 'key-12')).outcome, 'declined');
    const unreachable = new PaymentGatewayClient({ url: 'http://127.0.0.1:9', secretKey: gateway.secretKey });
    assert.equal((await unreachable.charge(request, 'key-13')).outcome, 'unknown');
  });
});

function charge(body: unknown, idempotencyKey: string, key = gateway.secretKey): Promise<Response> {
  return fetch(`${gateway.url}/v1/charges`, {
    method: 'POST',
    headers: { ...auth(key), 'content-type': 'application/json', ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
    body: JSON.stringify(body),
  });
}

async function ledger(order: string): Promise<Capture[]> {
  const response = await fetch(`${gateway.url}/v1/captures?order=${encodeURIComponent(order)}`, { headers: auth(gateway.ledgerKey) });
  assert.equal(response.status, 200);
  return (await response.json()) as Capture[];
}

function auth(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}
