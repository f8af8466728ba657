import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { startFragileWebsite, NEWSLETTER_FORM, type FragileWebsite } from '../support/fragile-website.ts';
import { freePort } from '../support/ports.ts';
import { QUICK_REPORTS, runCli } from '../support/run-cli.ts';
import { writeTempConfig } from '../support/temp-config.ts';

/** One scenario of the unsubscribe journey: its first step opens the company's newsletter page. */
const ONE_SCENARIO = ['--journey', 'unsubscribe', '--', '--grep', 'one click'];

describe('a company channel that dies or hangs mid-run', () => {
  test('the company killed after its first page, the auditor online: the run finishes, reports channel-unavailable, exits 1; the next run is clean', async () => {
    const website = await startFragileWebsite((_request, response, self) => {
      // The company dies right after serving the sign-up form.
      response.end(NEWSLETTER_FORM, () => void self.stop());
    });
    // The auditor's reference answers: the network is fine, the company is down.
    const reference = await startFragileWebsite((_request, response) => response.end('ok'));
    const data = await mkdtemp(path.join(os.tmpdir(), 'company-down-data-'));
    const config = await configFor(website, reference.url);
    const run = await runCli(['run', ...ONE_SCENARIO], { ...QUICK_REPORTS, MYSTERY_SHOPPER_CONFIG: config, MYSTERY_SHOPPER_DATA_DIR: data }).finally(() => reference.stop());
    const report = await run.report();
    const [journey] = report.journeys;
    assert.equal(journey?.status, 'broken', run.output);
    assert.equal(journey.findings[0]?.kind, 'channel-unavailable');
    assert.equal(journey.findings[0]?.customerImpact, "Fragile Company's website did not answer: it refused the connection");
    assert.match(run.output, /✗ unsubscribe › .* — Fragile Company's website did not answer: it refused the connection/);
    assert.equal(run.exitCode, 1);

    // The same data folder (mailbox, run store) against the healthy demo company: nothing left over.
    const next = await runCli(['run', '--demo', ...ONE_SCENARIO], { ...QUICK_REPORTS, MYSTERY_SHOPPER_DATA_DIR: data });
    assert.equal((await next.report()).journeys[0]?.status, 'passed', next.output);
    assert.equal(next.exitCode, 0);
  });

  test('a page that never answers while the auditor’s own reference does not answer either: the scenario ends within the page-load time, nothing is blamed on the company, exit 2', async () => {
    const website = await startFragileWebsite(() => {}); // accepts the connection, never answers
    const reference = `http://127.0.0.1:${await freePort()}`; // nobody listens: the auditor is as good as offline
    try {
      const run = await runCli(['run', ...ONE_SCENARIO], { ...QUICK_REPORTS, MYSTERY_SHOPPER_CONFIG: await configFor(website, reference) });
      const report = await run.report();
      const [journey] = report.journeys;
      assert.equal(journey?.status, 'not-run', run.output);
      assert.deepEqual(journey.findings, [], `the auditor's own outage was blamed on the company\n${run.output}`);
      assert.equal(report.summary.broken, 0);
      // The outage was seen (else the scenario would be needs-maintenance), then put down to the auditor.
      assert.equal(journey.scenarios[0]?.harnessError, true);
      assert.ok(journey.scenarios[0]!.durationMs < 30_000, `ended after ${journey.scenarios[0]!.durationMs} ms`);
      const line = `The auditor has no network: it could not reach the reference ${reference} (connection refused, ECONNREFUSED); Fragile Company is not blamed for a channel that did not answer`;
      assert.deepEqual(report.harnessErrors, [line]);
      assert.ok(run.output.split('\n').includes(`Harness error: ${line}`), run.output);
      assert.equal(run.exitCode, 2);
    } finally {
      await website.stop();
    }
  });

  test('a page that answers but has changed is needs-maintenance, naming the step, not a channel that is down', async () => {
    const website = await startFragileWebsite((_request, response) => response.end('<!doctype html><title>Newsletter</title><p>We moved our sign-up.</p>'));
    try {
      const run = await runCli(['run', ...ONE_SCENARIO], { ...QUICK_REPORTS, MYSTERY_SHOPPER_CONFIG: await configFor(website) });
      const [journey] = (await run.report()).journeys;
      assert.equal(journey?.status, 'needs-maintenance', run.output);
      assert.deepEqual(journey.findings, []);
      assert.match(journey.scenarios[0]?.problem ?? '', /^Given I have subscribed to the newsletter: TimeoutError: locator\.fill: Timeout 3000ms exceeded\.$/);
      assert.equal(run.exitCode, 2);
    } finally {
      await website.stop();
    }
  });
});

/** A real (not demo) target on the fragile website, driven by the generic adapter; with the auditor's reference URL, if given. */
function configFor(website: FragileWebsite, referenceUrl?: string): Promise<string> {
  return writeTempConfig(
    'fragile',
    `fragile: {
      name: 'Fragile Company',
      webUrl: ${JSON.stringify(website.url)},${referenceUrl ? `\n      auditorCheck: { referenceUrl: ${JSON.stringify(referenceUrl)} },` : ''}
      adapter: 'generic',
      website: { newsletterSignUp: '/newsletter' },
      allowHttpOnLoopback: true,
      // Less patience than a real company gets: the timeouts below are what these tests wait out.
      timing: { pageLoad: '5s', pageAction: '3s' },
    }`,
  );
}
