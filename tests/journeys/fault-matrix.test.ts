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
 * - each fault is caught with exactly its kinds, and nothing leaks: the faults go in rounds, the
 *   k-th fault of every journey in round k, audited at once with only those journeys, and each
 *   journey must report exactly its own fault's kinds (round 1, one fault of every journey, is the
 *   whole audit the other files read too);
 * - two faults of one journey report the union of their kinds (they do not mask each other), in
 *   rounds the same way: the k-th pair of every journey at once.
 * A round proves as much as a run per fault (a fault another journey's fault set off would show as
 * a kind its own journey must not report) in a quarter of the runs: the matrix is most of
 * `npm test`'s time. The whole audits are shared with the other files that read them
 * (support/demo-audits.ts).
 */
// Two audits at a time: an audit spends most of its time waiting on the demo company's clock.
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

  const single = inRounds(DEMO_FAULT_MATRIX.map((fault) => ({ journey: fault.caughtBy.journey, faults: [fault] })));
  for (const [index, round] of single.entries()) {
    test(`round ${index + 1} of single faults, nothing leaks: ${faultNames(round)}`, async (t) => {
      // Round 1 is the first fault of every journey: the whole audit the other files read too.
      if (index === 0) assert.deepEqual(round.flatMap((setting) => setting.faults), oneFaultOfEveryJourney());
      const run = index === 0 ? await everyJourneyFaultyAudit() : await auditRound(round);
      for (const { journey, faults } of round) {
        const [fault] = faults as [ProvenFault];
        await t.test(`${fault.name} is caught by ${journey} as ${fault.caughtBy.kinds.join(', ')}`, () => assertRound(run, round, journey));
      }
    });
  }

  const pairs = inRounds(sameJourneyPairs(DEMO_FAULT_MATRIX).map((pair) => ({ journey: pair[0].caughtBy.journey, faults: pair })));
  for (const [index, round] of pairs.entries()) {
    test(`round ${index + 1} of two faults of one journey: ${faultNames(round)}`, async (t) => {
      const run = await auditRound(round);
      for (const { journey, faults } of round) {
        await t.test(`${faults.map((fault) => fault.name).join(' + ')} do not mask each other`, () => assertRound(run, round, journey));
      }
    });
  }
});

/** Faults switched on for one journey in a round, and the journey that must catch them. */
interface Setting {
  journey: string;
  faults: readonly ProvenFault[];
}

/** The k-th setting of every journey goes in round k: no round holds two settings of one journey. */
function inRounds(settings: readonly Setting[]): Setting[][] {
  const rounds: Setting[][] = [];
  const taken = new Map<string, number>();
  for (const setting of settings) {
    const index = taken.get(setting.journey) ?? 0;
    taken.set(setting.journey, index + 1);
    (rounds[index] ??= []).push(setting);
  }
  return rounds;
}

/**
 * The round's journeys alone, with their faults on, as `run --journey a --journey b --faults …`
 * does it. It reads report.json alone: no PDF, no Allure, and no Playwright trace (recording one
 * costs a fifth of a run's CPU; failed scenarios keep theirs in the whole audits, where the secret
 * scan reads them).
 */
function auditRound(round: readonly Setting[]): Promise<CliRun> {
  const journeys = round.flatMap((setting) => ['--journey', setting.journey]);
  return runCli(['run', ...journeys, '--faults', faultNames(round, ','), '--no-pdf', '--no-allure', '--', '--trace', 'off']);
}

/** The run failed, had the round's faults on, and the journey reported exactly the kinds of its faults. */
async function assertRound(run: CliRun, round: readonly Setting[], journey: string): Promise<void> {
  const report = await run.report();
  assert.equal(run.exitCode, 1, run.output);
  assert.deepEqual([...report.faults].sort(), round.flatMap((setting) => setting.faults.map((fault) => fault.name)).sort());
  assert.deepEqual(report.journeys.map((each) => each.id).sort(), round.map((setting) => setting.journey).sort(), run.output);
  const setting = round.find((candidate) => candidate.journey === journey) ?? assert.fail(`${journey} is not in the round`);
  assertJourney(report, journey, setting.faults.flatMap((fault) => fault.caughtBy.kinds), run);
}

function faultNames(round: readonly Setting[], separator = ', '): string {
  return round.flatMap((setting) => setting.faults.map((fault) => fault.name)).join(separator);
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
