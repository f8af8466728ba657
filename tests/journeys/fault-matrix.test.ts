import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_FAULTS, type DemoFault } from '../../demo/faults.ts';
import type { ExperienceReport } from '../../src/reports/experience-report.ts';
import { runCli, type CliRun } from '../support/run-cli.ts';

/**
 * Each journey is proven by fault injection: with a demo fault on, exactly the journey that must
 * catch it reports exactly the expected kinds and every other journey passes; with no fault,
 * every journey passes; two faults of one journey report the union of their kinds.
 */
describe('fault matrix', () => {
  test('with no fault, every journey passes and the run exits 0', async () => {
    const run = await runCli(['run', '--demo']);
    const report = await run.report();
    assert.equal(run.exitCode, 0, run.output);
    assert.ok(report.journeys.length > 0, 'no journey ran');
    for (const journey of report.journeys) assertJourney(report, journey.id, [], run);
    assert.match(run.output, /Experience report: .*index\.html/);
  });

  for (const fault of DEMO_FAULTS) {
    test(`${fault.name} is caught by ${fault.caughtBy.journey} as ${fault.caughtBy.kinds.join(', ')}, and by nothing else`, async () => {
      const run = await runCli(['run', '--faults', fault.name]);
      const report = await run.report();
      assert.equal(run.exitCode, 1, run.output);
      assert.deepEqual(report.faults, [fault.name]);
      for (const journey of report.journeys) {
        assertJourney(report, journey.id, journey.id === fault.caughtBy.journey ? fault.caughtBy.kinds : [], run);
      }
    });
  }

  for (const [first, second] of sameJourneyPairs(DEMO_FAULTS)) {
    test(`${first.name} + ${second.name} do not mask each other`, async () => {
      const journey = first.caughtBy.journey;
      const run = await runCli(['run', '--journey', journey, '--faults', `${first.name},${second.name}`]);
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
