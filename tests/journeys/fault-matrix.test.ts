import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_FAULT_MATRIX, type ProvenFault } from '../support/demo-fault-oracle.ts';
import { readJourneyCatalogue } from '../../src/catalogue/journey-catalogue.ts';
import type { ExperienceReport } from '../../src/report-model/experience-report.ts';
import { everyJourneyFaultyAudit, healthyDemoAudit, oneFaultOfEveryJourney } from '../support/demo-audits.ts';
import { runCli, type CliRun } from '../support/run-cli.ts';

/**
 * Each journey is proven by fault injection, in as few audits as prove it:
 * - with no fault, every journey passes (one whole audit);
 * - each fault, run with only the journey that must catch it, reports exactly the expected kinds;
 * - nothing leaks: in one whole audit with one fault of every journey switched on at once, each
 *   journey reports exactly its own fault's kinds;
 * - two faults of one journey report the union of their kinds (they do not mask each other).
 * The whole audits are shared with the other files that read them (support/demo-audits.ts).
 */
// Two runs at a time: a one-journey run spends most of its time waiting on the demo company's clock.
describe('fault matrix', { concurrency: 2 }, () => {
  test('every journey has a demo fault that proves it', async () => {
    const proven = new Set(DEMO_FAULT_MATRIX.map((fault) => fault.caughtBy.journey));
    const unproven = (await readJourneyCatalogue()).map((journey) => journey.id).filter((id) => !proven.has(id));
    assert.deepEqual(unproven, [], 'journeys that no demo fault proves (tests/support/demo-fault-oracle.ts)');
  });

  test('with no fault, every journey passes and the run exits 0', async () => {
    const run = await healthyDemoAudit();
    const report = await run.report();
    assert.equal(run.exitCode, 0, run.output);
    assert.ok(report.journeys.length > 0, 'no journey ran');
    for (const journey of report.journeys) assertJourney(report, journey.id, [], run);
    assert.match(run.output, /Experience report: .*index\.html/);
  });

  for (const fault of DEMO_FAULT_MATRIX) {
    const { journey, kinds } = fault.caughtBy;
    test(`${fault.name} is caught by ${journey} as ${kinds.join(', ')}`, async () => {
      const run = await runJourneyWith(journey, [fault.name]);
      const report = await run.report();
      assert.equal(run.exitCode, 1, run.output);
      assert.deepEqual(report.faults, [fault.name]);
      assert.deepEqual(report.journeys.map((each) => each.id), [journey], run.output);
      assertJourney(report, journey, kinds, run);
    });
  }

  test('nothing leaks: with one fault of every journey at once, each journey reports only the kinds of its own fault', async () => {
    const faults = oneFaultOfEveryJourney();
    const run = await everyJourneyFaultyAudit();
    const report = await run.report();
    assert.deepEqual(report.faults, faults.map((fault) => fault.name));
    assert.equal(run.exitCode, 1, run.output);
    for (const fault of faults) assert.ok(report.journeys.some((journey) => journey.id === fault.caughtBy.journey), `${fault.caughtBy.journey} did not run\n${run.output}`);
    for (const journey of report.journeys) {
      const own = faults.find((fault) => fault.caughtBy.journey === journey.id);
      assertJourney(report, journey.id, own?.caughtBy.kinds ?? [], run);
    }
  });

  for (const [first, second] of sameJourneyPairs(DEMO_FAULT_MATRIX)) {
    test(`${first.name} + ${second.name} do not mask each other`, async () => {
      const journey = first.caughtBy.journey;
      const run = await runJourneyWith(journey, [first.name, second.name]);
      assert.equal(run.exitCode, 1, run.output);
      assertJourney(await run.report(), journey, [...first.caughtBy.kinds, ...second.caughtBy.kinds], run);
    });
  }
});

/**
 * The journey alone with these faults on, as `run --journey` does it. It reads report.json alone:
 * no PDF, no Allure, and no Playwright trace (recording one costs a fifth of a run's CPU; failed
 * scenarios keep theirs in the whole audits, where the secret scan reads them). One worker: its
 * scenarios take less CPU one after the other than in two browsers at once, while another run of
 * the matrix uses the waits.
 */
function runJourneyWith(journey: string, faults: string[]): Promise<CliRun> {
  return runCli(['run', '--journey', journey, '--faults', faults.join(','), '--no-pdf', '--no-allure', '--', '--trace', 'off'], { MYSTERY_SHOPPER_WORKERS: '1' });
}

function assertJourney(report: ExperienceReport, id: string, expectedKinds: readonly string[], run: CliRun): void {
  const journey = report.journeys.find((candidate) => candidate.id === id);
  assert.ok(journey, `journey ${id} did not run\n${run.output}`);
  const kinds = [...new Set(journey.findings.map((finding) => finding.kind))].sort();
  const context = `${id}\n${JSON.stringify(journey, null, 2)}\n${run.output}`;
  assert.deepEqual(kinds, [...new Set(expectedKinds)].sort(), context);
  assert.equal(journey.status, expectedKinds.length > 0 ? 'broken' : 'passed', context);
  for (const finding of journey.findings) {
    assert.ok(finding.customerImpact && finding.expected && finding.observed, `${id}: ${JSON.stringify(finding)}`);
    assert.ok(finding.evidence.length > 0 && finding.evidence.every((evidence) => evidence.path), `${id}: evidence missing in ${JSON.stringify(finding)}`);
  }
}

function sameJourneyPairs(faults: readonly ProvenFault[]): Array<[ProvenFault, ProvenFault]> {
  return faults.flatMap((first, index) =>
    faults.slice(index + 1).filter((second) => second.caughtBy.journey === first.caughtBy.journey).map((second): [ProvenFault, ProvenFault] => [first, second]),
  );
}
