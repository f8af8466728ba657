import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startPaymentGateway, type PaymentGateway } from '../../demo/payment-gateway/gateway.ts';
import { payingCard } from '../../journeys/pay-and-get-ticket/payment-card.ts';
import { DemoGatewayLedger } from '../../src/channels/payments/demo-gateway-ledger.ts';
import { openPaymentLedger } from '../../src/channels/payments/open-ledger.ts';
import { ConfigError } from '../../src/config/config-error.ts';
import { configSchema } from '../../src/config/schema.ts';
import { isPublishedTestCard } from '../../src/config/test-cards.ts';
import type { AuditTarget } from '../../src/runtime/audit-target.ts';

const TEST_CARD = { number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123' };
/** Any number that is not a published test card stands for a real one. */
const REAL_LOOKING_CARD = { ...TEST_CARD, number: '4000 1234 5678 9010' };

let gateway: PaymentGateway;
before(async () => {
  gateway = await startPaymentGateway();
});
after(() => gateway.stop());

describe('the payment ledger channel', () => {
  test('reads the captures of one order with the read-only key', async () => {
    await chargeAs(gateway.secretKey, 'N-1', 41_200, 'a');
    await chargeAs(gateway.secretKey, 'N-1', 51_500, 'b');
    await chargeAs(gateway.secretKey, 'N-2', 100, 'c');
    const captures = await new DemoGatewayLedger(gateway.url, gateway.ledgerKey).capturesFor('N-1');
    assert.deepEqual(
      captures.map(({ order, amount, currency, cardLast4 }) => ({ order, amount, currency, cardLast4 })),
      [
        { order: 'N-1', amount: 41_200, currency: 'EUR', cardLast4: '4242' },
        { order: 'N-1', amount: 51_500, currency: 'EUR', cardLast4: '4242' },
      ],
    );
    assert.deepEqual(Object.keys(captures[0]!).sort(), ['amount', 'capturedAt', 'cardLast4', 'currency', 'id', 'order']);
    assert.deepEqual(await new DemoGatewayLedger(gateway.url, gateway.ledgerKey).capturesFor('N-404'), []);
  });

  test('a wrong key or a missing ledger is said plainly', async () => {
    await assert.rejects(new DemoGatewayLedger(gateway.url, 'rk_test_wrong').capturesFor('N-1'), /answered 401 for order N-1/);
    assert.throws(() => openPaymentLedger(undefined, 'acme'), (error: Error) => error instanceof ConfigError && /targets\.acme\.payment\.ledger is not set/.test(error.message));
    assert.ok(openPaymentLedger({ url: gateway.url, apiKey: gateway.ledgerKey }, 'demo') instanceof DemoGatewayLedger);
  });
});

describe('paying only with test cards', () => {
  test('the config refuses a card that is not a published test card, without repeating its number', () => {
    const refused = configSchema.safeParse(configWith({ card: REAL_LOOKING_CARD }));
    assert.equal(refused.success, false);
    const issue = refused.error!.issues[0]!;
    assert.deepEqual(issue.path, ['targets', 'shop', 'payment', 'card', 'number']);
    assert.match(issue.message, /not a published test card.*allowRealPayments: true/);
    assert.doesNotMatch(JSON.stringify(refused.error!.issues), /1234|9010/);
    assert.equal(configSchema.safeParse(configWith({ card: REAL_LOOKING_CARD, allowRealPayments: true })).success, true);
    assert.equal(configSchema.safeParse(configWith({ card: TEST_CARD })).success, true);
    assert.ok(isPublishedTestCard('4242-4242-4242-4242'));
  });

  test('the journey refuses it again right before paying, and pays in the shopper’s name', () => {
    const shopper = { name: 'Sam Shopper', email: 'sam+1@shopper.test', phone: '+447700900001', password: 'throw-away', deliveryAddress: '12 Park Lane, Demo Town' };
    const target = (payment: AuditTarget['payment']): AuditTarget =>
      ({ id: 'shop', name: 'Shop', allowedOrigins: [], allowHttpOnLoopback: false, timing: {}, payment }) as unknown as AuditTarget;
    assert.deepEqual(payingCard(target({ card: TEST_CARD, allowRealPayments: false }), shopper), { ...TEST_CARD, name: 'Sam Shopper' });
    assert.throws(() => payingCard(target({ card: REAL_LOOKING_CARD, allowRealPayments: false }), shopper), ConfigError);
    assert.throws(() => payingCard(target(undefined), shopper), /targets\.shop\.payment is not set/);
    assert.equal(payingCard(target({ card: REAL_LOOKING_CARD, allowRealPayments: true }), shopper).number, REAL_LOOKING_CARD.number);
  });
});

function configWith(payment: Record<string, unknown>): unknown {
  return {
    defaultTarget: 'shop',
    targets: { shop: { name: 'Shop', payment } },
    personas: { shopper: { name: 'Sam', email: 'sam@shopper.test' } },
  };
}

async function chargeAs(key: string, order: string, amount: number, idempotencyKey: string): Promise<void> {
  const response = await fetch(`${gateway.url}/v1/charges`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
    body: JSON.stringify({ order, amount, currency: 'EUR', card: { ...TEST_CARD, name: 'Sam' } }),
  });
  assert.equal(response.status, 201);
}
