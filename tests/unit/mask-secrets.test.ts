import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MASKED, maskSecrets, secretsFromEnv } from '../../src/reports/mask-secrets.ts';

test('card numbers are masked however they are grouped, keeping their last four digits', () => {
  const text = 'Paid with 4242 4242 4242 4242, then 5555-5555-5555-4444, then 378282246310005 (Amex), then 6011 0009 9013 9424 123.';
  const masked = maskSecrets(text, []);
  assert.doesNotMatch(masked, /4242 4242|5555-5555|3782822|6011 0009/);
  assert.match(masked, /\[a masked card number ending 4242\], then/);
  assert.match(masked, /\[a masked card number ending 4444\]/);
  assert.match(masked, /\[a masked card number ending 0005\] \(Amex\)/);
  assert.match(masked, /\[a masked card number ending 4123\]\.$/);
});

test('numbers that are not card-like stay: dates, prices, order numbers, phone numbers, ids', () => {
  const text = 'Order FL-20261122-0042 on 2026-11-22 for € 1,234.50; call +44 20 7946 0958; ref 123456789012; id a1234567890123456b';
  assert.equal(maskSecrets(text, []), text);
});

test('secret values are masked wherever they appear, the longest first', () => {
  const masked = maskSecrets('user sam, password hunter2-long, token hunter2', ['hunter2', 'hunter2-long', '']);
  assert.equal(masked, `user sam, password ${MASKED}, token ${MASKED}`);
});

test('the secrets are the values of variables named *_PASSWORD, *_TOKEN, *_KEY or *_SECRET', () => {
  const env = { IMAP_PASSWORD: 'pw1', IMAP_ACCESS_TOKEN: 'tok', MAILOSAUR_API_KEY: 'key', WEBHOOK_SECRET: 'sec', SMTP_PASSWORD: '', IMAP_USER: 'sam', KEYBOARD: 'x', PASSWORD_HINT: 'y' };
  assert.deepEqual(secretsFromEnv(env).sort(), ['key', 'pw1', 'sec', 'tok']);
});
