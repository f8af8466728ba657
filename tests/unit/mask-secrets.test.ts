import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { FINDING_CONTENT_TYPE } from '../../src/findings/notebook.ts';
import { collectOutcome } from '../../src/reports/collect-outcome.ts';
import { buildExperienceReport } from '../../src/reports/experience-report.ts';
import { maskOutgoing } from '../../src/reports/mask-outgoing.ts';
import { configSchema } from '../../src/config/schema.ts';
import { MASKED, maskSecrets, secretsFromEnv } from '../../src/secrets/mask-secrets.ts';
import { secretsOf } from '../../src/secrets/secrets-of.ts';

test('card numbers are masked however cards print them, keeping their last four digits', () => {
  const text = 'Paid with 4242 4242 4242 4242, then 5555-5555-5555-4444, then 378282246310005 (Amex), then 3782 822463 10005, then 6011 0009 9013 9424 116.';
  const masked = maskSecrets(text, []);
  assert.doesNotMatch(masked, /4242 4242|5555-5555|3782822|3782 822463|6011 0009/);
  assert.match(masked, /\[a masked card number ending 4242\], then/);
  assert.match(masked, /\[a masked card number ending 4444\]/);
  assert.match(masked, /\[a masked card number ending 0005\] \(Amex\), then \[a masked card number ending 0005\]/);
  assert.match(masked, /\[a masked card number ending 4116\]\.$/);
});

test('numbers that are not card numbers stay: run ids, timestamps, dates, prices, order and phone numbers', () => {
  const text = 'Run 20261122-095659-4736 at 1795334460000; order FL-20261122-0042 on 2026-11-22 for € 1,234.50; call +44 20 7946 0958; ref 123456789012; id a1234567890123456b; 4242 4242 4242 4241';
  assert.equal(maskSecrets(text, []), text);
});

test('secret values are masked wherever they appear, the longest first; values too short to be secrets are not', () => {
  const masked = maskSecrets('user sam, password hunter2-long, token hunter2; something went wrong', ['hunter2', 'hunter2-long', 'wrong', '']);
  assert.equal(masked, `user sam, password ${MASKED}, token ${MASKED}; something went wrong`);
});

test('the secrets are the values of variables named *_PASSWORD, *_TOKEN, *_KEY or *_SECRET', () => {
  const env = {
    IMAP_PASSWORD: 'pw1',
    IMAP_ACCESS_TOKEN: 'tok',
    MAILOSAUR_API_KEY: 'key',
    TWILIO_AUTH_TOKEN: 'twilio-tok',
    TWILIO_PHONE_NUMBER: '+15005550006',
    WEBHOOK_SECRET: 'sec',
    SMTP_PASSWORD: '',
    IMAP_USER: 'sam',
    KEYBOARD: 'x',
    PASSWORD_HINT: 'y',
  };
  assert.deepEqual(secretsFromEnv(env).sort(), ['key', 'pw1', 'sec', 'tok', 'twilio-tok']);
});

test('the password in DATABASE_URL is a secret too', () => {
  assert.deepEqual(secretsFromEnv({ DATABASE_URL: 'postgres://audit:s3cret%2Fpw@db.internal:5432/shopper' }), ['s3cret/pw']);
  assert.deepEqual(secretsFromEnv({ DATABASE_URL: 'postgres://audit@db.internal/shopper' }), []);
});

test('a scenario’s findings are masked at the end of the run’s one boundary, and their evidence is still found', async () => {
  const card = '4242 4242 4242 4242';
  const evidenceName = `receipt for card ${card}`;
  const finding = { kind: 'amount-mismatch', customerImpact: `Card ${card} charged twice`, expected: 'once', observed: `twice on ${card}`, evidence: [{ name: evidenceName, contentType: 'text/plain' }] };
  const test = { title: 'Pay', tags: ['@journey:pay'], annotations: [], parent: { title: 'Pay for a flight' }, location: { file: 'pay.feature.spec.js', line: 1, column: 1 } } as unknown as TestCase;
  const result = {
    status: 'failed',
    duration: 10,
    annotations: [],
    retry: 0,
    error: { message: `charged ${card}` },
    attachments: [
      { name: evidenceName, contentType: 'text/plain', body: Buffer.from('receipt') },
      { name: 'finding', contentType: FINDING_CONTENT_TYPE, body: Buffer.from(JSON.stringify(finding)) },
    ],
  } as unknown as TestResult;
  const { outcome, evidenceSources } = collectOutcome(test, result);
  const report = buildExperienceReport({ runId: 'r1', startedAt: '2026-12-05T08:00:00Z', finishedAt: '2026-12-05T08:01:00Z', target: { id: 'acme', name: 'Acme' }, faults: [] }, [outcome]);
  const sources = await maskOutgoing(report, evidenceSources);
  const collected = report.journeys[0]!.findings[0]!;
  assert.ok(!JSON.stringify(report).includes(card), JSON.stringify(report));
  assert.equal(collected.customerImpact, 'Card [a masked card number ending 4242] charged twice');
  assert.equal(sources.get(collected.evidence[0]!)?.body?.toString(), 'receipt');
});

test('the secrets of a configuration: every Secret setting, each card number, CVC and ledger key, and the secret variables', () => {
  const config = configSchema.parse({
    defaultTarget: 'acme',
    targets: {
      acme: {
        name: 'Acme',
        payment: { card: { number: '4000 0566 5566 5556', expiry: '12/30', cvc: '321' }, ledger: { url: 'https://ledger.test', apiKey: 'rk_live_ledger' } },
      },
    },
    personas: { shopper: { name: 'Sam', email: 'sam@shopper.test', password: 'persona-pw-1' } },
    alerts: [{ name: 'hook', kind: 'webhook', url: 'https://hooks.test/T0/secret-path' }],
  });
  assert.deepEqual(secretsOf(config, { SHOPPER_API_KEY: 'env-key-1' }).sort(), ['321', '4000 0566 5566 5556', 'env-key-1', 'https://hooks.test/T0/secret-path', 'persona-pw-1', 'rk_live_ledger']);
});

test('a timestamp in milliseconds or the decimals of a timing that pass the Luhn check are no card number', () => {
  const trace = '{"wallTime":1795929337792,"responseStart":132.2999999999617923,"time":4242424242424242.5}';
  assert.equal(maskSecrets(trace, []), trace);
});
