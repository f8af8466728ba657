import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { alertsSchema } from '../../src/config/alert-schema.ts';
import { ConfigError } from '../../src/config/config-error.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import { Secret } from '../../src/config/secret.ts';

test('no alerts unless the config names some', async () => {
  assert.deepEqual((await loadConfig()).alerts, []);
});

test('a channel gets failures and recoveries, after one failed run, unless it says otherwise', () => {
  const [slack, email] = alertsSchema.parse([
    { name: 'qa-slack', kind: 'slack', url: 'https://hooks.slack.com/services/T0/B0/secret' },
    { name: 'cio-mail', kind: 'email', from: 'shopper@acme.example', to: ['cio@acme.example'], smtp: { host: 'smtp.acme.example', port: 465, user: 'u', password: 'p' }, when: { failing: 3 } },
  ]);
  assert.deepEqual(slack!.on, { broken: true, degraded: false, recovered: true });
  assert.deepEqual(slack!.when, { failing: 1, ofLast: 1 });
  assert.ok(slack?.kind === 'slack' && slack.url instanceof Secret);
  assert.deepEqual(email!.when, { failing: 3, ofLast: 3 });
  assert.ok(email?.kind === 'email' && email.smtp.secure && email.smtp.password instanceof Secret);
});

test('each mistake names the setting, and never quotes a webhook URL', () => {
  const secretUrl = 'http://hooks.example/services/secret-token';
  const cases: Array<[unknown[], RegExp]> = [
    [[{ name: 'qa', kind: 'slack', url: secretUrl }], /^0\.url: must be an https URL \(plain http only to a loopback address, in a lab\)$/],
    [[{ name: 'qa', kind: 'teams', url: undefined }], /^0\.url: missing: set it in \.env/],
    [[{ name: 'qa', kind: 'webhook', url: 'secret-token' }], /^0\.url: not a URL$/],
    [[{ name: 'qa', kind: 'webhook', url: 'https://h.example/x', when: { failing: 3, ofLast: 2 } }], /^0\.when\.failing: cannot be more than ofLast/],
    [[{ name: 'qa', kind: 'webhook', url: 'https://a.example/1' }, { name: 'qa', kind: 'slack', url: 'https://b.example/2' }], /^1\.name: "qa" names two alert channels/],
    [[{ name: 'qa', kind: 'pager', url: 'https://a.example/1' }], /^0\.kind: /],
    [[{ name: 'cio', kind: 'email', from: 'a@acme.example', to: [], smtp: { host: 'smtp.acme.example' } }], /^0\.to: /],
    [[{ name: 'cio', kind: 'email', from: 'a@acme.example', to: ['c@acme.example'], smtp: { host: '' } }], /^0\.smtp\.host: missing/],
    [[{ name: 'cio', kind: 'email', from: 'a@acme.example', to: ['c@acme.example'], smtp: { host: 'smtp.acme.example', user: 'u', password: '' } }], /^0\.smtp\.password: missing/],
  ];
  for (const [channels, expected] of cases) {
    const result = alertsSchema.safeParse(channels);
    assert.equal(result.success, false, JSON.stringify(channels));
    const issue = result.error!.issues[0]!;
    const message = `${issue.path.join('.')}: ${issue.message}`;
    assert.match(message, expected);
    assert.doesNotMatch(message, /secret-token/);
  }
});

test('plain http is fine for a loopback receiver in a lab', () => {
  assert.equal(alertsSchema.safeParse([{ name: 'lab', kind: 'webhook', url: 'http://127.0.0.1:9000/hook' }]).success, true);
  assert.equal(alertsSchema.safeParse([{ name: 'lab', kind: 'webhook', url: 'http://localhost:9000/hook' }]).success, true);
});

test('a config file with a bad alert channel stops the run naming the file and the setting', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'config-'));
  const file = path.join(dir, 'mystery-shopper.config.mts');
  await writeFile(
    file,
    `export default { defaultTarget: 'demo', targets: { demo: { name: 'D', demo: true } }, personas: { shopper: { name: 'S', email: 's@shopper.test' } },
      alerts: [{ name: 'qa-slack', kind: 'slack', url: 'http://hooks.slack.com/services/secret-token' }] };`,
  );
  const saved = process.env.MYSTERY_SHOPPER_CONFIG;
  process.env.MYSTERY_SHOPPER_CONFIG = file;
  try {
    await assert.rejects(loadConfig(), (error: Error) => error instanceof ConfigError && /\.mts: alerts\.0\.url: must be an https URL/.test(error.message) && !error.message.includes('secret-token'));
  } finally {
    if (saved === undefined) delete process.env.MYSTERY_SHOPPER_CONFIG;
    else process.env.MYSTERY_SHOPPER_CONFIG = saved;
  }
});

test('reminders are off unless a channel sets every N runs or a duration', () => {
  const base = { name: 'qa', kind: 'webhook', url: 'https://hooks.example/qa' } as const;
  const [off, on] = alertsSchema.parse([base, { ...base, name: 'pager', remind: { everyRuns: 6, every: '4h' } }]);
  assert.equal(off?.remind, undefined);
  assert.deepEqual(on?.remind, { everyRuns: 6, everyMs: 4 * 3_600_000 });
  assert.match(alertsSchema.safeParse([{ ...base, remind: {} }]).error?.message ?? '', /set everyRuns, every/);
  assert.match(alertsSchema.safeParse([{ ...base, remind: { every: 'daily' } }]).error?.message ?? '', /is not a duration/);
});
