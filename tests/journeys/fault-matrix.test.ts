import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_FAULTS, type DemoFault } from '../../demo/faults.ts';
import { readJourneyCatalogue } from '../../src/catalogue/journey-catalogue.ts';
import type { ExperienceReport } from '../../src/reports/experience-report.ts';
import { faultRoundAudit, faultRounds, healthyDemoAudit } from '../support/demo-audits.ts';
import { runCli, type CliRun } from '../support/run-cli.ts';

/** The one-journey runs read report.json alone; the whole audits (support/demo-audits.ts) write every report. */
const QUICK_REPORTS = ['--no-pdf', '--no-allure'];

/**
 * Each journey is proven by fault injection, in as few audits as prove it:
 * - with no fault, every journey passes (one whole audit);
 * - each fault, run with only the journey that must catch it, reports exactly the expected kinds;
 * - nothing leaks: whole audits with one fault of every journey switched on at once, in rounds
 *   until every fault has been in one, where each journey reports exactly its own fault's kinds
 *   and a journey without a fault in the round passes;
 * - two faults of one journey report the union of their kinds (they do not mask each other).
 * The whole audits are shared with the other files that read them (support/demo-audits.ts).
 */
describe('fault matrix', () => {
  test('every journey has a demo fault that proves it', async () => {
    const proven = new Set(DEMO_FAULTS.map((fault) => fault.caughtBy.journey));
    const unproven = (await readJourneyCatalogue()).map((journey) => journey.id).filter((id) => !proven.has(id));
    assert.deepEqual(unproven, [], 'journeys that no demo fault proves (demo/faults.ts)');
  });

  test('with no fault, every journey passes and the run exits 0', async () => {
    const run = await healthyDemoAudit();
    const report = await run.report();
    assert.equal(run.exitCode, 0, run.output);
    assert.ok(report.journeys.length > 0, 'no journey ran');
    for (const journey of report.journeys) assertJourney(report, journey.id, [], run);
    assert.match(run.output, /Experience report: .*index\.html/);
  });

  for (const fault of DEMO_FAULTS) {
    const { journey, kinds } = fault.caughtBy;
    test(`${fault.name} is caught by ${journey} as ${kinds.join(', ')}`, async () => {
      const run = await runCli(['run', '--journey', journey, '--faults', fault.name, ...QUICK_REPORTS]);
      const report = await run.report();
      assert.equal(run.exitCode, 1, run.output);
      assert.deepEqual(report.faults, [fault.name]);
      assert.deepEqual(report.journeys.map((each) => each.id), [journey], run.output);
      assertJourney(report, journey, kinds, run);
    });
  }

  for (const [index, round] of faultRounds().entries()) {
    test(`nothing leaks, whole audit ${index + 1}: ${round.map((fault) => fault.name).join(', ')} at once, each journey reports only its own`, async () => {
      const run = await faultRoundAudit(index);
      const report = await run.report();
      assert.deepEqual([...report.faults].sort(), round.map((fault) => fault.name).sort());
      assert.equal(run.exitCode, 1, run.output);
      for (const fault of round) assert.ok(report.journeys.some((journey) => journey.id === fault.caughtBy.journey), `${fault.caughtBy.journey} did not run\n${run.output}`);
      for (const journey of report.journeys) {
        const own = round.find((fault) => fault.caughtBy.journey === journey.id);
        assertJourney(report, journey.id, own?.caughtBy.kinds ?? [], run);
      }
    });
  }

  for (const [first, second] of sameJourneyPairs(DEMO_FAULTS)) {
    test(`${first.name} + ${second.name} do not mask each other`, async () => {
      const journey = first.caughtBy.journey;
      const run = await runCli(['run', '--journey', journey, '--faults', `${first.name},${second.name}`, ...QUICK_REPORTS]);
      assert.equal(run.exitCode, 1, run.output);
      assertJourney(await run.report(), journey, [...first.caughtBy.kinds, ...second.caughtBy.kinds], run);
    });
  }
});

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

function sameJourneyPairs(faults: readonly DemoFault[]): Array<[DemoFault, DemoFault]> {
  return faults.flatMap((first, index) =>
    faults.slice(index + 1).filter((second) => second.caughtBy.journey === first.caughtBy.journey).map((second): [DemoFault, DemoFault] => [first, second]),
  );
}
