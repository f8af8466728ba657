import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startPaymentGateway, type PaymentGateway } from '../../demo/payment-gateway/gateway.ts';
import type { JourneyParts } from '../../journeys/journey-parts.ts';
import { approvedCard } from '../../journeys/pay-and-get-ticket/payment-card.ts';
import { CapturesApiLedger } from '../../src/channels/api/captures-api-ledger.ts';
import { openPaymentLedger } from '../../src/channels/api/open-ledger.ts';
import { ConfigError } from '../../src/config/config-error.ts';
import { configSchema } from '../../src/config/schema.ts';
import { isPublishedTestCard } from '../../src/config/test-cards.ts';
import { money } from '../../src/money/money.ts';
import type { AuditTarget } from '../../src/runtime/audit-target.ts';
import { OriginNotAllowed } from '../../src/safety/allowed-origins.ts';
import { OriginPolicy } from '../../src/safety/origin-policy.ts';
import { RateLimiter } from '../../src/safety/rate-limiter.ts';
import { SpendLedger } from '../../src/safety/spend-ledger.ts';
import { targetHttp } from '../../src/safety/target-http.ts';

const TEST_CARD = { number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123' };
/** Any number that is not a published test card stands for a real one. */
const REAL_LOOKING_CARD = { ...TEST_CARD, number: '4000 1234 5678 9010' };

let gateway: PaymentGateway;
let http: ReturnType<typeof targetHttp>;
before(async () => {
  gateway = await startPaymentGateway();
  http = targetHttp(new OriginPolicy('demo', [new URL(gateway.url).origin]), RateLimiter.unlimited());
});
after(() => gateway.stop());

describe('the payment ledger channel', () => {
  test('reads the captures of one order with the read-only key', async () => {
    await chargeAs(gateway.secretKey, 'N-1', 41_200, 'a');
    await chargeAs(gateway.secretKey, 'N-1', 51_500, 'b');
    await chargeAs(gateway.secretKey, 'N-2', 100, 'c');
    const captures = await new CapturesApiLedger(http, gateway.url, gateway.ledgerKey).capturesFor('N-1');
    assert.deepEqual(
      captures.map(({ order, amount, currency, cardLast4 }) => ({ order, amount, currency, cardLast4 })),
      [
        { order: 'N-1', amount: 41_200, currency: 'EUR', cardLast4: '4242' },
        { order: 'N-1', amount: 51_500, currency: 'EUR', cardLast4: '4242' },
      ],
    );
    assert.deepEqual(Object.keys(captures[0]!).sort(), ['amount', 'capturedAt', 'cardLast4', 'currency', 'id', 'order']);
    assert.deepEqual(await new CapturesApiLedger(http, gateway.url, gateway.ledgerKey).capturesFor('N-404'), []);
  });

  test('a wrong key or a missing ledger is said plainly', async () => {
    await assert.rejects(new CapturesApiLedger(http, gateway.url, 'rk_test_wrong').capturesFor('N-1'), /answered 401 for order N-1/);
    assert.throws(() => openPaymentLedger(undefined, 'acme', http), (error: Error) => error instanceof ConfigError && /targets\.acme\.payment\.ledger is not set/.test(error.message));
    assert.ok(openPaymentLedger({ url: gateway.url, apiKey: gateway.ledgerKey }, 'demo', http) instanceof CapturesApiLedger);
  });

  test('the ledger kind comes from the target\'s configuration; an unknown one is said plainly', () => {
    assert.ok(openPaymentLedger({ kind: 'captures-api', url: gateway.url, apiKey: gateway.ledgerKey }, 'acme', http) instanceof CapturesApiLedger);
    assert.throws(
      () => openPaymentLedger({ kind: 'adyen', url: gateway.url, apiKey: gateway.ledgerKey }, 'acme', http),
      (error: Error) => error instanceof ConfigError && /targets\.acme\.payment\.ledger\.kind "adyen" is not a ledger kind the harness knows: captures-api, stripe/.test(error.message),
    );
  });

  test('a ledger on an origin the target does not allow is never called', async () => {
    const policy = new OriginPolicy('acme', ['https://www.acme.example']);
    const ledger = new CapturesApiLedger(targetHttp(policy, RateLimiter.unlimited()), gateway.url, gateway.ledgerKey);
    await assert.rejects(ledger.capturesFor('N-1'), OriginNotAllowed);
    assert.deepEqual(
      policy.blocked.map(({ url, essential }) => ({ url, essential })),
      [{ url: `${gateway.url}/v1/captures?order=N-1`, essential: true }],
    );
    assert.match(policy.blocked[0]!.reason, /^Refused to read the payment ledger at http:\/\/127\.0\.0\.1:\d+\/v1\/captures\?order=N-1: not an allowed origin of target acme/);
  });
});

describe('paying only with test cards', () => {
  test('the config refuses a card that is not a published test card, without repeating its number', () => {
    const refused = configSchema.safeParse(configWith({ card: REAL_LOOKING_CARD }));
    assert.equal(refused.success, false);
    const issue = refused.error!.issues[0]!;
    assert.deepEqual(issue.path, ['targets', 'shop', 'payment', 'card', 'number']);
    assert.match(issue.message, /not a published test card.*payment\.allowRealPayments: true/);
    assert.doesNotMatch(JSON.stringify(refused.error!.issues), /1234|9010/);
    assert.equal(configSchema.safeParse(configWith({ card: REAL_LOOKING_CARD, allowRealPayments: true, spendCap: { amount: '50.00', currency: 'EUR' } })).success, true);
    assert.equal(configSchema.safeParse(configWith({ card: TEST_CARD })).success, true);
    assert.ok(isPublishedTestCard('4242-4242-4242-4242'));
  });

  test('real payments need a spend cap in money the config can read', () => {
    const issueOf = (payment: Record<string, unknown>) => {
      const parsed = configSchema.safeParse(configWith(payment));
      return parsed.success ? undefined : `${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`;
    };
    assert.match(issueOf({ card: REAL_LOOKING_CARD, allowRealPayments: true })!, /^targets\.shop\.payment\.spendCap: is required with allowRealPayments: true/);
    assert.match(issueOf({ card: TEST_CARD, spendCap: { amount: '50', currency: 'eur' } })!, /spendCap\.currency/);
    assert.match(issueOf({ card: TEST_CARD, spendCap: { amount: '1,000', currency: 'EUR' } })!, /spendCap\.amount/);
    assert.match(issueOf({ card: TEST_CARD, spendCap: { amount: '10.001', currency: 'EUR' } })!, /EUR has 2 decimals/);
    const parsed = configSchema.parse(configWith({ card: TEST_CARD, allowRealPayments: true, spendCap: { amount: '50.5', currency: 'EUR' } }));
    assert.deepEqual(parsed.targets.shop!.payment!.spendCap, money('EUR', 5050));
  });

  test('the journey refuses it again right before paying, and pays in the shopper’s name', async () => {
    const parts = await partsWith({ card: TEST_CARD, allowRealPayments: false });
    assert.deepEqual(await approvedCard(parts, money('EUR', 41_200), 'order N-1'), { ...TEST_CARD, name: 'Sam Shopper' });
    await assert.rejects(approvedCard(await partsWith({ card: REAL_LOOKING_CARD, allowRealPayments: false }), money('EUR', 1), 'order N-1'), ConfigError);
    await assert.rejects(approvedCard(await partsWith(undefined), money('EUR', 1), 'order N-1'), /targets\.shop\.payment is not set/);
  });

  test('real money is paid only within the spend cap, and a refusal ends the scenario before the card is typed', async () => {
    const payment = { card: REAL_LOOKING_CARD, allowRealPayments: true, spendCap: money('EUR', 50_000) };
    const parts = await partsWith(payment);
    assert.equal((await approvedCard(parts, money('EUR', 41_200), 'order N-1')).number, REAL_LOOKING_CARD.number);
    await assert.rejects(
      approvedCard(parts, money('EUR', 41_200), 'order N-2'),
      /^Error: not run: Refused to pay: order N-2 costs EUR 412\.00; with EUR 412\.00 already paid in this run that is above the spend cap of EUR 500\.00 \(targets\.shop\.payment\.spendCap\)$/,
    );
    assert.deepEqual((await parts.spending.spends()).map((spend) => spend.what), ['order N-1']);
  });
});

/** Journey parts for paying: the shopper, the target's payment, a run's spend ledger; a notebook whose not-run throws. */
async function partsWith(payment: AuditTarget['payment']): Promise<JourneyParts> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mystery-shopper-spend-'));
  const shopper = { name: 'Sam Shopper', email: 'sam+1@shopper.test', phone: '+447700900001', password: 'throw-away', deliveryAddress: '12 Park Lane, Demo Town' };
  const target = { id: 'shop', name: 'Shop', allowedOrigins: [], allowHttpOnLoopback: false, timing: {}, payment } as unknown as AuditTarget;
  const notebook = {
    notRun: (reason: string) => {
      throw new Error(`not run: ${reason}`);
    },
  };
  return { target, shopper, notebook, spending: new SpendLedger(dir, 'run-1') } as unknown as JourneyParts;
}

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
