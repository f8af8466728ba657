import assert from 'node:assert/strict';
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { TestResult } from '@playwright/test/reporter';
import type { Watch } from '../../src/findings/watches.ts';
import type { ExperienceReport } from '../../src/report-model/experience-report.ts';
import { failScenariosBrokenAtEndOfRun } from '../../src/reports/amend-playwright-results.ts';
import { endOfRunWatchesOf, settleEndOfRunWatches } from '../../src/reports/end-of-run-watches.ts';
import type { ScenarioOutcome } from '../../src/reports/experience-report.ts';
import { holdRunOpenUntil, waitForEndOfRunWatches } from '../../src/runtime/end-of-run-waits.ts';
import { broken, passed } from '../../src/watches/judgements.ts';

// Waits overlap: a check only time tells is judged at the end of the run, and the scenario then
// reads as if it had waited for the check itself.

const NOW = new Date('2026-12-05T10:00:10.000Z');
const paymentPage = { name: 'payment attempt 1: confirmed', contentType: 'image/png' };
const watch: Watch = {
  runId: 'run-1',
  journey: 'pay-and-get-ticket',
  scenario: 'Pay › Pay and get the ticket',
  check: 'the ticket for order N-1 reaches sam@shopper.test',
  kind: 'ticket-not-delivered',
  dueAt: '2026-12-05T10:00:05.000Z',
  recordedAt: '2026-12-05T10:00:00.000Z',
  details: { orderNumber: 'N-1' },
  atEndOfRun: true,
  cites: [paymentPage],
};
const finding = { kind: 'ticket-not-delivered' as const, customerImpact: 'No ticket came', expected: 'A ticket', observed: 'None' };

function outcome(overrides: Partial<ScenarioOutcome> = {}): ScenarioOutcome {
  return { journeyId: 'pay-and-get-ticket', journeyName: 'Pay', channels: [], scenario: 'Pay and get the ticket', status: 'awaiting', durationMs: 1, findings: [], endOfRunWatches: [watch], ...overrides };
}

test('a check judged broken at the end of the run breaks its scenario, citing what the scenario kept first', () => {
  const mailed = { name: 'ledger', contentType: 'application/json' };
  const [settled] = settleEndOfRunWatches([outcome()], [broken(watch, NOW, finding, [{ evidence: mailed, body: Buffer.from('{}') }])]);
  assert.equal(settled!.status, 'broken');
  assert.deepEqual(settled!.findings, [{ ...finding, scenario: 'Pay and get the ticket', evidence: [paymentPage, mailed] }]);
  assert.strictEqual(settled!.findings[0]!.evidence[0], paymentPage, 'the scenario’s own evidence object, whose bytes the reporter found');
  assert.deepEqual(settled!.judgedAtEndOfRun, [watch.check]);
  assert.equal(settled!.endOfRunWatches, undefined);
});

test('a check passed at the end of the run leaves its scenario passed, or degraded or broken as its steps left it', () => {
  const judged = [passed(watch, NOW)];
  assert.equal(settleEndOfRunWatches([outcome()], judged)[0]!.status, 'passed');
  assert.equal(settleEndOfRunWatches([outcome({ status: 'broken', findings: [{ ...finding, kind: 'double-charge', evidence: [] }] })], judged)[0]!.status, 'broken');
  assert.equal(settleEndOfRunWatches([outcome({ status: 'degraded' })], judged)[0]!.status, 'degraded');
});

test('a check the end of the run could not judge stays for a later run, without its citations, and the scenario awaits it', () => {
  const [settled] = settleEndOfRunWatches([outcome()], []);
  assert.equal(settled!.status, 'awaiting');
  const { atEndOfRun: _atEndOfRun, cites: _cites, ...forLater } = watch;
  assert.deepEqual(settled!.watches, [forLater]);
  assert.match(settled!.awaiting ?? '', /the ticket for order N-1 reaches sam@shopper.test — due 2026-12-05T10:00:05.000Z/);
  assert.equal(settled!.judgedAtEndOfRun, undefined);
});

test('only the watches left for the end of the run are judged there', () => {
  assert.deepEqual(endOfRunWatchesOf([outcome(), outcome({ endOfRunWatches: undefined })]), [watch]);
});

test('the run stays open until the latest due time a scenario left, and no longer', async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'end-of-run-test-'));
  await holdRunOpenUntil(folder, new Date(Date.now() + 300));
  await holdRunOpenUntil(folder, new Date(Date.now() + 50));
  const started = Date.now();
  await waitForEndOfRunWatches(folder, 0);
  const waited = Date.now() - started;
  assert.ok(waited >= 250, `waited ${waited} ms`);
  await assert.rejects(readdir(folder), { code: 'ENOENT' }, 'the folder is removed');
});

test('Playwright’s own reports fail a scenario judged broken at the end of the run, with the broken experience as its error', () => {
  const result = { status: 'passed', errors: [] } as unknown as TestResult;
  const report = { journeys: [{ id: 'pay-and-get-ticket', findings: [{ ...finding, scenario: 'Pay and get the ticket', evidence: [] }] }] } as unknown as ExperienceReport;
  failScenariosBrokenAtEndOfRun([{ result, outcome: outcome() }], report);
  assert.equal(result.status, 'failed');
  assert.match(result.error?.message ?? '', /judged at the end of the run\): No ticket came/);
  const untouched = { status: 'passed', errors: [] } as unknown as TestResult;
  failScenariosBrokenAtEndOfRun([{ result: untouched, outcome: outcome({ endOfRunWatches: undefined }) }], report);
  assert.equal(untouched.status, 'passed');
});
