import type { TargetHttp } from '../../src/safety/target-http.ts';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import type { TestInfo } from '@playwright/test';
import type { TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { postOneClickUnsubscribe, Unanswered } from '../../src/channels/api/one-click-post.ts';
import { exitCodeOf } from '../../src/cli/report-exit-code.ts';
import { HARNESS_ERROR_ANNOTATION, Notebook } from '../../src/findings/notebook.ts';
import { collectOutcome } from '../../src/reports/collect-outcome.ts';
import { buildExperienceReport } from '../../src/reports/experience-report.ts';
import { renderExperienceHtml } from '../../src/reports/render-experience-html.ts';
import { summaryLines } from '../../src/reports/summary.ts';
import { retriesFor } from '../../src/runtime/retries.ts';
import { websiteUnavailable } from '../../journeys/website-unavailable.ts';
import { freePort } from '../support/ports.ts';

const RUN = { runId: 'r1', startedAt: '2026-11-22T08:00:00Z', finishedAt: '2026-11-22T08:01:00Z', target: { id: 'demo', name: 'Demo Shop' }, faults: [] };

test('a scenario that failed and then passed on a retry is passed and flaky, never broken, and the run exits 0', () => {
  const { outcome } = collectOutcome(scenario(), result({ retry: 1 }));
  assert.equal(outcome.status, 'passed');
  assert.equal(outcome.flaky, true);
  const report = buildExperienceReport(RUN, [outcome]);
  assert.equal(report.journeys[0]!.flaky, true);
  assert.equal(report.journeys[0]!.scenarios[0]!.flaky, true);
  assert.deepEqual({ passed: report.summary.passed, broken: report.summary.broken, flaky: report.summary.flaky }, { passed: 1, broken: 0, flaky: 1 });
  const lines = summaryLines(report, 'index.html');
  assert.match(lines[1]!, /1 passed \(1 flaky\), 0 broken/);
  assert.ok(lines.some((line) => /passed\s+unsubscribe \(flaky: passed on a retry\)/.test(line)), lines.join('\n'));
  assert.equal(exitCodeOf(report), 0);
  const html = renderExperienceHtml(report);
  assert.match(html, /<section id="qa"[^>]*>[\s\S]*<span class="flaky">flaky<\/span>[\s\S]*Flaky: failed, then passed on a retry/);
  assert.equal(collectOutcome(scenario(), result({})).outcome.flaky, undefined, 'a first-time pass is not flaky');
});

test('a scenario the harness could not run (its mailbox down) is not run, with the reason, and the run exits 2', () => {
  const reason = 'IMAP server imap.example:993 cannot be reached (ECONNREFUSED)';
  const annotations = [
    { type: HARNESS_ERROR_ANNOTATION, description: reason },
    { type: 'skip', description: reason },
  ];
  const { outcome } = collectOutcome(scenario(), result({ status: 'skipped', annotations }));
  assert.equal(outcome.status, 'not-run');
  assert.equal(outcome.problem, reason);
  const report = buildExperienceReport(RUN, [outcome]);
  assert.deepEqual(report.harnessErrors, [reason]);
  assert.equal(report.journeys[0]!.scenarios[0]!.harnessError, true);
  assert.equal(exitCodeOf(report), 2);
  // A scenario that does not apply to the company is not run too, but is no harness error.
  const notApplicable = collectOutcome(scenario(), result({ status: 'skipped', annotations: [{ type: 'skip', description: 'no mailto' }] })).outcome;
  assert.equal(exitCodeOf(buildExperienceReport(RUN, [notApplicable])), 0);
});

test('selector drift is needs-maintenance, with a problem line naming the Gherkin step it happened in', () => {
  const failedStep = { title: 'When I unsubscribe with one click', category: 'test.step', error: { message: 'x' }, steps: [] } as unknown as TestStep;
  const { outcome } = collectOutcome(
    scenario(),
    result({ status: 'failed', error: { message: 'locator.click: Timeout 15000ms exceeded.\nCall log: …' }, steps: [failedStep] }),
  );
  assert.equal(outcome.status, 'needs-maintenance');
  assert.equal(outcome.problem, 'When I unsubscribe with one click: locator.click: Timeout 15000ms exceeded.');
});

test('a website that did not answer explains a failed scenario as channel-unavailable, in the customer’s words', async () => {
  const outage = { url: 'http://127.0.0.1:9/newsletter', reason: 'it refused the connection', detail: 'net::ERR_CONNECTION_REFUSED' };
  const failed = fakeTestInfo('failed');
  await new Notebook(failed.info).explainFailure(websiteUnavailable('Demo Shop', outage));
  const { outcome } = collectOutcome(scenario(), result({ status: 'failed', error: { message: 'page.goto: net::ERR_CONNECTION_REFUSED' }, attachments: failed.attachments }));
  assert.equal(outcome.status, 'broken');
  assert.equal(outcome.findings[0]?.kind, 'channel-unavailable');
  assert.equal(outcome.findings[0]?.customerImpact, "Demo Shop's website did not answer: it refused the connection");

  // A finding of the journey's own stands; a passed scenario needs no explanation.
  const ownFinding = fakeTestInfo('failed');
  const notebook = new Notebook(ownFinding.info);
  await notebook.found({ kind: 'unsubscribe-broken', customerImpact: 'x', expected: 'y', observed: 'z' });
  await notebook.explainFailure(websiteUnavailable('Demo Shop', outage));
  assert.equal(ownFinding.attachments.length, 1);
  const passed = fakeTestInfo('passed');
  await new Notebook(passed.info).explainFailure(websiteUnavailable('Demo Shop', outage));
  assert.equal(passed.attachments.length, 0);
});

test('a channel that did not answer while the auditor itself has no network: nothing is blamed on the company, the run is a harness error (exit 2)', async () => {
  const outage = { url: 'http://acme.example/newsletter', reason: 'its address could not be found (DNS)', detail: 'net::ERR_NAME_NOT_RESOLVED' };
  const line = 'The auditor has no network: it could not reach the reference https://www.example.org (name not found (DNS), ENOTFOUND); Acme is not blamed for a channel that did not answer';
  let asked = 0;
  const offline = async () => (asked++, line);

  // The page failed (the scenario has failed already): marked, not skipped, and counted not run.
  const failed = fakeTestInfo('failed');
  await new Notebook(failed.info, { auditorOffline: offline }).explainFailure(websiteUnavailable('Acme', outage));
  assert.deepEqual(failed.attachments, [], 'no finding against the company');
  const { outcome } = collectOutcome(scenario(), result({ status: 'failed', error: { message: 'page.goto: net::ERR_NAME_NOT_RESOLVED' }, annotations: failed.info.annotations }));
  assert.equal(outcome.status, 'not-run');
  assert.equal(outcome.harnessError, true);
  assert.equal(outcome.problem, line);
  const report = buildExperienceReport(RUN, [outcome]);
  assert.deepEqual(report.harnessErrors, [line]);
  assert.deepEqual({ broken: report.summary.broken, notRun: report.summary.notRun }, { broken: 0, notRun: 1 });
  assert.equal(exitCodeOf(report), 2);

  // A journey's own channel-unavailable (the one-click POST unanswered) stops the scenario as not run.
  const inBody = fakeTestInfo('passed');
  await assert.rejects(
    new Notebook(inBody.info, { auditorOffline: offline }).broken({ kind: 'channel-unavailable', customerImpact: 'x', expected: 'y', observed: 'z' }),
    /Test is skipped/,
  );
  assert.deepEqual(inBody.attachments, []);
  assert.deepEqual(inBody.info.annotations.map((annotation) => annotation.type), [HARNESS_ERROR_ANNOTATION, 'skip']);

  // Any other finding is the company's whatever the network: the check is not even asked.
  const other = fakeTestInfo('passed');
  const before = asked;
  await new Notebook(other.info, { auditorOffline: offline }).found({ kind: 'unsubscribe-broken', customerImpact: 'x', expected: 'y', observed: 'z' });
  assert.equal(other.attachments.length, 1);
  assert.equal(asked, before);

  // The auditor online (or nothing to try): the company's outage, as before.
  const online = fakeTestInfo('failed');
  await new Notebook(online.info, { auditorOffline: async () => undefined }).explainFailure(websiteUnavailable('Acme', outage));
  assert.equal(collectOutcome(scenario(), result({ status: 'failed', attachments: online.attachments })).outcome.findings[0]?.kind, 'channel-unavailable');
});

test('retries: none for the demo company, one for a real company, MYSTERY_SHOPPER_RETRIES wins and is checked', () => {
  assert.equal(retriesFor({ demo: true }, {}), 0);
  assert.equal(retriesFor({ demo: false }, {}), 1);
  assert.equal(retriesFor({ demo: true }, { MYSTERY_SHOPPER_RETRIES: '2' }), 2);
  assert.equal(retriesFor({ demo: false }, { MYSTERY_SHOPPER_RETRIES: '0' }), 0);
  assert.throws(() => retriesFor({ demo: false }, { MYSTERY_SHOPPER_RETRIES: 'often' }), /^ConfigError: MYSTERY_SHOPPER_RETRIES: "often" is not a whole number of retries \(e\.g\. 0 or 1\)$/);
});

function fakeTestInfo(status: TestInfo['status']): { info: TestInfo; attachments: TestResult['attachments'] } {
  const attachments: TestResult['attachments'] = [];
  const info = {
    status,
    annotations: [] as TestInfo['annotations'],
    skip: (condition: boolean, description: string) => {
      info.annotations.push({ type: 'skip', description });
      if (condition) throw new Error(`Test is skipped: ${description}`);
    },
    attach: async (name: string, { body, contentType }: { body: string; contentType: string }) => void attachments.push({ name, contentType, body: Buffer.from(body) }),
  };
  return { info: info as unknown as TestInfo, attachments };
}

function scenario(): TestCase {
  return {
    title: 'Unsubscribe with one click',
    tags: ['@journey:unsubscribe'],
    annotations: [],
    parent: { title: 'Unsubscribe' },
    location: { file: '/x/.features-gen/features/unsubscribe.feature.spec.js', line: 6, column: 1 },
  } as unknown as TestCase;
}

function result(overrides: Partial<TestResult>): TestResult {
  return { status: 'passed', duration: 1000, attachments: [], annotations: [], retry: 0, steps: [], ...overrides } as TestResult;
}


/** The guards are not under test here: every origin allowed, no pace. */
const plainHttp: TargetHttp = (url, init) => fetch(url, init);

test('a one-click unsubscribe address that does not answer is named in plain words, not as a harness failure', async () => {
  const port = await freePort();
  await assert.rejects(postOneClickUnsubscribe(plainHttp, `http://127.0.0.1:${port}/u/1`), (error: Error) => error instanceof Unanswered && error.reason === 'it refused the connection');
  const silent = createServer(() => {}); // accepts, never answers
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/u/1`;
    await assert.rejects(postOneClickUnsubscribe(plainHttp, url, 1000), (error: Error) => error instanceof Unanswered && error.reason === 'no answer after 1 s');
  } finally {
    silent.closeAllConnections();
    silent.close();
  }
});
