import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { filesUnder } from '../../src/secrets/scrub-files.ts';
import { everyJourneyFaultyAudit, healthyDemoAudit } from '../support/demo-audits.ts';
import { scanForSecrets } from '../support/secret-scan.ts';
import { brokenTraceLines } from '../support/trace-json.ts';

/**
 * The whole demo audit, healthy and with a fault of every journey (failed scenarios keep their
 * traces), run with planted secrets (support/demo-audits.ts: the audits the fault matrix reads
 * too): no planted secret may be in any file under the run's reports and data folders.
 */
describe('secrets never reach a report, a trace, an attachment or the output', () => {
  test('a healthy run', async () => {
    const run = await healthyDemoAudit();
    const { secrets } = run.extra;
    assert.equal(run.exitCode, 0, run.output);
    assert.deepEqual(await scanForSecrets(run.reportsDir, secrets), []);
    assert.deepEqual(await scanForSecrets(run.dataDir, secrets), [], 'the Allure history and the run store');
    for (const secret of Object.values(secrets)) assert.ok(!run.output.includes(secret), `the output shows ${secret}`);
  });

  test('a run with a fault of every journey, whose failed scenarios keep their traces', async () => {
    const run = await everyJourneyFaultyAudit();
    const { secrets, faults } = run.extra;
    assert.ok(faults.includes('double-charge-on-retry') && faults.includes('unsubscribe-ignored'), `a payment and an unsubscribe fault are on: ${faults.join(', ')}`);
    assert.equal(run.exitCode, 1, run.output);
    const traces = (await filesUnder(run.reportsDir)).filter((file) => file.endsWith('trace.zip'));
    assert.ok(traces.length >= 2, `the payment and unsubscribe scenarios keep traces: ${traces.join(', ')}`);
    assert.deepEqual(await scanForSecrets(run.reportsDir, secrets), []);
    assert.deepEqual(await scanForSecrets(run.dataDir, secrets), [], 'the Allure history and the run store');
    assert.deepEqual(await brokenTraceLines(run.reportsDir), [], 'masking leaves every trace readable');
    for (const secret of Object.values(secrets)) assert.ok(!run.output.includes(secret), `the output shows ${secret}`);
  });
});
