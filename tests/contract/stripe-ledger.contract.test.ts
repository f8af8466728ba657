import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openPaymentLedger } from '../../src/channels/api/open-ledger.ts';
import { StripeLedger } from '../../src/channels/api/stripe-ledger.ts';
import { configSchema } from '../../src/config/schema.ts';
import { OriginNotAllowed } from '../../src/safety/allowed-origins.ts';
import { OriginPolicy } from '../../src/safety/origin-policy.ts';
import { RateLimiter } from '../../src/safety/rate-limiter.ts';
import { targetHttp, type TargetHttp } from '../../src/safety/target-http.ts';
import { startFakeStripe, type FakeStripe } from '../fakes/stripe/fake-stripe.ts';

const KEY = 'sk_test_fake_not_secret_0123456789';

/**
 * The `stripe` ledger kind against a fake that speaks Stripe's REST API (tests/fakes/stripe): what
 * a shop paid through Stripe creates (PaymentIntents, confirmed with a test payment method) is what
 * the ledger reads back as captures, by the order's metadata or by the customer's email.
 */
describe('Stripe ledger (against a fake of Stripe\'s REST API)', () => {
  let stripe: FakeStripe;
  let http: TargetHttp;
  let ledger: StripeLedger;
  before(async () => {
    stripe = await startFakeStripe({ apiKey: KEY });
    http = targetHttp(new OriginPolicy('shop', [new URL(stripe.url).origin]), RateLimiter.unlimited());
    ledger = new StripeLedger(http, stripe.url, KEY);
  });
  after(() => stripe.stop());

  test('one succeeded PaymentIntent tagged with the order is one capture, in ISO currency and minor units, with the card\'s last four', async () => {
    await pay({ amount: 199_000, currency: 'sek', metadata: { order_id: 'LB-1' } });
    const [capture, ...more] = await ledger.capturesFor('LB-1');
    assert.equal(more.length, 0);
    assert.deepEqual({ order: capture!.order, amount: capture!.amount, currency: capture!.currency, cardLast4: capture!.cardLast4 }, { order: 'LB-1', amount: 199_000, currency: 'SEK', cardLast4: '4242' });
    assert.match(capture!.id, /^pi_/);
    assert.ok(!Number.isNaN(Date.parse(capture!.capturedAt)));
  });

  test('a declined attempt is no capture; two succeeded PaymentIntents for one order are two, oldest first', async () => {
    const declined = await pay({ amount: 50_000, currency: 'sek', metadata: { order: 'LB-2' } }, 'pm_card_chargeDeclined');
    assert.equal(declined.status, 402);
    await pay({ amount: 50_000, currency: 'sek', metadata: { order: 'LB-2' } });
    await pay({ amount: 55_000, currency: 'sek', metadata: { order: 'LB-2' } });
    assert.deepEqual((await ledger.capturesFor('LB-2')).map((capture) => capture.amount), [50_000, 55_000]);
    assert.deepEqual(await ledger.capturesFor('LB-404'), []);
  });

  test('a shop that does not tag its PaymentIntents: found by the customer\'s email', async () => {
    const customer = (await (await post('/v1/customers', { email: 'sam+lamp@shopper.test', name: 'Sam Shopper' })).json()) as { id: string };
    await pay({ amount: 12_900, currency: 'sek', customer: customer.id });
    assert.deepEqual(await ledger.capturesFor('LB-3'), [], 'the email is only asked for when given');
    const found = await ledger.capturesFor('LB-3', { email: 'sam+lamp@shopper.test' });
    assert.deepEqual(found.map((capture) => capture.amount), [12_900]);
    assert.deepEqual(await ledger.capturesFor('LB-3', { email: 'nobody@shopper.test' }), []);
  });

  test('every page of a long search is read', async () => {
    for (let attempt = 0; attempt < 103; attempt++) await pay({ amount: 100 + attempt, currency: 'sek', metadata: { order_id: 'LB-many' } });
    const captures = await ledger.capturesFor('LB-many');
    assert.equal(captures.length, 103);
    assert.equal(new Set(captures.map((capture) => capture.id)).size, 103);
  });

  test('a wrong key is Stripe\'s 401, said without the key', async () => {
    const wrong = new StripeLedger(http, stripe.url, 'sk_test_wrong_key_0000000000');
    await assert.rejects(wrong.capturesFor('LB-1'), (error: Error) => /answered 401.*Invalid API Key/.test(error.message) && !error.message.includes('sk_test_wrong_key_0000000000'));
  });

  test('its calls go through the target\'s origin guard: Stripe not allowed, nothing sent', async () => {
    const guarded = new StripeLedger(targetHttp(new OriginPolicy('shop', ['https://shop.example']), RateLimiter.unlimited()), stripe.url, KEY);
    await assert.rejects(guarded.capturesFor('LB-1'), OriginNotAllowed);
  });

  test('a target opens it as ledger kind "stripe"; a live key is refused unless real payments are allowed', () => {
    assert.ok(openPaymentLedger({ kind: 'stripe', url: stripe.url, apiKey: KEY }, 'shop', http) instanceof StripeLedger);
    const config = (apiKey: string, allowRealPayments = false) => ({
      defaultTarget: 'shop',
      targets: { shop: { name: 'Shop', payment: { card: { number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123' }, allowRealPayments, ...(allowRealPayments ? { spendCap: { amount: '50.00', currency: 'SEK' } } : {}), ledger: { kind: 'stripe', url: 'https://api.stripe.com', apiKey } } } },
      personas: { shopper: { name: 'Sam', email: 'sam@shopper.test' } },
    });
    assert.ok(configSchema.safeParse(config(KEY)).success);
    assert.ok(configSchema.safeParse(config('rk_test_restricted_read_only')).success);
    const live = configSchema.safeParse(config('sk_live_0123456789'));
    assert.ok(!live.success && /Stripe test key/.test(live.error.message));
    assert.ok(configSchema.safeParse(config('sk_live_0123456789', true)).success);
  });

  /** What a shop's server does at checkout: create and confirm a PaymentIntent with a test payment method. */
  async function pay(intent: { amount: number; currency: string; metadata?: Record<string, string>; customer?: string }, paymentMethod = 'pm_card_visa'): Promise<Response> {
    const { metadata = {}, ...rest } = intent;
    const fields = { ...Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, String(value)])), ...Object.fromEntries(Object.entries(metadata).map(([key, value]) => [`metadata[${key}]`, value])), payment_method: paymentMethod, confirm: 'true' };
    return post('/v1/payment_intents', fields);
  }

  function post(path: string, fields: Record<string, string>): Promise<Response> {
    return fetch(new URL(path, stripe.url), { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  }
});
