import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { startDemoCompany } from '../../demo/company.ts';
import { QUICK_REPORTS, runCli } from '../support/run-cli.ts';
import { writeTempConfig } from '../support/temp-config.ts';

/** The production-safety guards, each against the demo company with one journey. */

test('a page on an origin the target does not allow is never opened: the journey needs maintenance and the report lists the URL', async () => {
  const config = await writeTempConfig('blocked-origin', `demo: {
      name: 'Demo Shop', demo: true, adapter: 'generic', allowHttpOnLoopback: true,
      // The sign-up form is elsewhere: a tracker, a supplier, a typo. The shopper must not go there.
      website: { newsletterSignUp: 'https://tracker.example/newsletter' },
    }`);
  const run = await runCli(['run', '--journey', 'unsubscribe', '--', '--grep', 'one click'], { ...QUICK_REPORTS, MYSTERY_SHOPPER_CONFIG: config, MYSTERY_SHOPPER_WORKERS: '1' });
  const [journey] = (await run.report()).journeys;
  assert.equal(journey?.status, 'needs-maintenance', run.output);
  assert.deepEqual(journey.findings, []);
  const [scenario] = journey.scenarios;
  assert.match(scenario?.problem ?? '', /^Refused to open https:\/\/tracker\.example\/newsletter: not an allowed origin of target demo/);
  assert.ok(scenario?.blockedRequests?.some((blocked) => blocked.url === 'https://tracker.example/newsletter' && blocked.essential), JSON.stringify(scenario));
  assert.equal(run.exitCode, 2);
});

test('a real-money payment above the run’s spend cap is refused before the card is typed: nothing is charged', async () => {
  const company = await startDemoCompany({ faults: new Set(), mailRelay: { host: '127.0.0.1', port: 9 } });
  try {
    // The demo company as a company of its own (not started by the run), approved for real money up to EUR 1.00.
    const config = await writeTempConfig('spend-cap', `shop: {
      name: 'Demo Shop', webUrl: ${JSON.stringify(company.webUrl)}, adapter: 'demo-shop', allowHttpOnLoopback: true,
      rate: { requestsPerSecond: 50 },
      payment: {
        card: { number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123' },
        allowRealPayments: true,
        spendCap: { amount: '1.00', currency: 'EUR' },
        ledger: { url: ${JSON.stringify(company.paymentGateway.url)}, apiKey: ${JSON.stringify(company.paymentGateway.ledgerKey)} },
      },
    }`);
    const run = await runCli(['run', '--journey', 'pay-and-get-ticket'], { ...QUICK_REPORTS, MYSTERY_SHOPPER_CONFIG: config, MYSTERY_SHOPPER_WORKERS: '1' });
    const [journey] = (await run.report()).journeys;
    assert.equal(journey?.status, 'not-run', run.output);
    const problem = journey.scenarios[0]?.problem ?? '';
    assert.match(problem, /^Refused to pay: payment attempt 1 for (N-\d+) costs EUR [\d,]+\.\d\d; with EUR 0\.00 already paid in this run that is above the spend cap of EUR 1\.00 \(targets\.shop\.payment\.spendCap\)$/);
    const order = /N-\d+/.exec(problem)![0];
    const captures = await fetch(`${company.paymentGateway.url}/v1/captures?order=${order}`, { headers: { authorization: `Bearer ${company.paymentGateway.ledgerKey}` } });
    assert.deepEqual(await captures.json(), [], `the gateway captured money for ${order}`);
    assert.equal(run.exitCode, 0);
  } finally {
    await company.stop();
  }
});

test('a dry run of the demo prints the plan and starts nothing: no demo company, no mailbox, no report', async () => {
  const run = await runCli(['run', '--dry-run', '--demo', '--journey', 'pay-and-get-ticket']);
  assert.equal(run.exitCode, 0, run.output);
  assert.match(run.output, /pays: with card ending 4242, a published test card: no real money/);
  assert.match(run.output, /the built-in demo company's website and payment ledger/);
  assert.equal(existsSync(run.reportsDir), false);
  assert.equal(existsSync(run.dataDir), false);
});
