import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_FAULTS } from '../../demo/faults.ts';
import { runCli } from '../support/run-cli.ts';

/**
 * Each journey is proven by fault injection: with a demo fault on, exactly the journey that must
 * catch it reports exactly the expected kinds; with no fault, every journey passes.
 */
describe('fault matrix', () => {
  test('with no fault, every journey passes and the run exits 0', async () => {
    const run = await runCli(['run', '--demo']);
    const report = await run.report();
    assert.equal(run.exitCode, 0, run.output);
    assert.ok(report.journeys.length > 0, 'no journey ran');
    for (const journey of report.journeys) {
      assert.equal(journey.status, 'passed', `${journey.id}: ${JSON.stringify(journey.findings.concat(), null, 2)}\n${run.output}`);
      assert.deepEqual(journey.findings, []);
    }
    assert.match(run.output, /Experience report: .*index\.html/);
  });

  for (const fault of DEMO_FAULTS) {
    test(`${fault.name} is caught by ${fault.caughtBy.journey} as ${fault.caughtBy.kinds.join(', ')}`, async () => {
      const run = await runCli(['run', '--faults', fault.name]);
      const report = await run.report();
      assert.equal(run.exitCode, 1, run.output);
      assert.deepEqual(report.faults, [fault.name]);
      for (const journey of report.journeys) {
        const kinds = [...new Set(journey.findings.map((finding) => finding.kind))].sort();
        if (journey.id === fault.caughtBy.journey) {
          assert.equal(journey.status, 'broken', run.output);
          assert.deepEqual(kinds, [...fault.caughtBy.kinds].sort(), run.output);
          for (const finding of journey.findings) {
            assert.ok(finding.customerImpact && finding.expected && finding.observed, JSON.stringify(finding));
            assert.ok(finding.evidence.length > 0 && finding.evidence.every((evidence) => evidence.path), JSON.stringify(finding));
          }
        } else {
          assert.equal(journey.status, 'passed', `${journey.id} should not be affected by ${fault.name}\n${run.output}`);
        }
      }
    });
  }
});
