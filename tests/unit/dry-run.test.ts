import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.ts';
import { writeTempConfig } from '../support/temp-config.ts';

const REAL_LOOKING_CARD = `{ number: '4000 1234 5678 9010', expiry: '12/30', cvc: '123' }`;

/** ACME Retail, audited through the generic adapter, with the given extra settings. */
function acmeConfig(extra: string): Promise<string> {
  return writeTempConfig('acme', `acme: {
      name: 'ACME Retail', webUrl: 'https://www.acme.example', adapter: 'generic',
      allowedOrigins: ['https://links.acme-mail.example'],
      ${extra}
    }`);
}

test('a dry run prints each scenario in the customer’s words, where it would go and how it would pay, and starts nothing', async () => {
  const config = await acmeConfig(`payment: { card: ${REAL_LOOKING_CARD}, allowRealPayments: true, spendCap: { amount: '50.00', currency: 'EUR' } },
      rate: { requestsPerSecond: 2 },`);
  const run = await runCli(['run', '--dry-run', '--journey', 'pay-and-get-ticket', '--journey', 'unsubscribe', '--tags', 'not @channel:sms'], { MYSTERY_SHOPPER_CONFIG: config });
  assert.equal(run.exitCode, 0, run.output);
  for (const line of [
    'Target: ACME Retail (acme)',
    'would visit: https://www.acme.example, https://links.acme-mail.example; anything else is blocked and reported',
    'at most 2 page or API request(s) per second for the whole run',
    'pay-and-get-ticket — Pay and get what I paid for (owner payments, severity critical)',
    '    When I pay with my card',
    'pays: REAL MONEY with card ending 9010, at most EUR 50.00 in all for the run',
    '  never retried automatically: a retry would place a new order and pay again',
    'reads email: the local mailbox of sam@shopper.test',
    'may leave watches for a later run: ticket-not-delivered',
    '  Scenario: Unsubscribe with one click from my mail app',
    // The background runs before every scenario: the plan says so.
    '    Given I have subscribed to the newsletter',
    // ACME's mail can never reach the local mailbox of this machine.
    'WARNING: these journeys would read the local mailbox, which only the built-in demo company can',
  ]) {
    assert.ok(run.output.includes(line), `missing "${line}" in:\n${run.output}`);
  }
  assert.doesNotMatch(run.output, /1234|4000 /, 'the card number is masked');
  // Nothing was started: no report, no data folder (mailbox, store), no demo company.
  assert.equal(existsSync(run.reportsDir), false);
  assert.equal(existsSync(run.dataDir), false);
  assert.doesNotMatch(run.output, /Auditing|Demo Shop/);
});

test('a real card without allowRealPayments stops the run before anything starts, naming the setting', async () => {
  const config = await acmeConfig(`payment: { card: ${REAL_LOOKING_CARD} },`);
  const run = await runCli(['run', '--journey', 'pay-and-get-ticket'], { MYSTERY_SHOPPER_CONFIG: config });
  assert.equal(run.exitCode, 2, run.output);
  assert.match(run.output, /targets\.acme\.payment\.card\.number: not a published test card; .*payment\.allowRealPayments: true/);
  assert.doesNotMatch(run.output, /9010/);
  assert.equal(existsSync(run.reportsDir), false);
});

test('a dry run with a bad selection is bad input: exit 2', async () => {
  const unknown = await runCli(['run', '--dry-run', '--journey', 'no-such-journey']);
  assert.equal(unknown.exitCode, 2, unknown.output);
  const badTags = await runCli(['run', '--dry-run', '--tags', '@channel:sms and']);
  assert.equal(badTags.exitCode, 2, badTags.output);
  assert.match(badTags.output, /--tags "@channel:sms and" is not a tag expression: syntax error/);
});
