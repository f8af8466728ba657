import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { filesUnder } from '../../src/secrets/scrub-files.ts';
import { ROOT, runCli } from '../support/run-cli.ts';
import { scanForSecrets } from '../support/secret-scan.ts';
import { brokenTraceLines } from '../support/trace-json.ts';

/** Known secrets of our own, fresh for each test run so that nothing left from before can match. */
const PLANTED = {
  // The persona's password, typed into every sign-up and sign-in form.
  DEMO_SHOPPER_PASSWORD: `Planted-pw-${randomBytes(6).toString('hex')}`,
  // Used by nothing: catches a dump of the environment into any output.
  SHOPPER_API_KEY: `sk_test_${randomBytes(9).toString('hex')}`,
};
/** The card the demo pays with: one of its sandbox's test cards, typed into the payment form. */
const CARD = '5555 5555 5555 4444';

/**
 * Runs the whole demo audit healthy and with faults of two journeys (failed scenarios keep their
 * traces), then looks for the planted secrets in every file under the run's reports folder.
 */
describe('secrets never reach a report, a trace, an attachment or the output', async () => {
  const config = await plantedConfig();
  const env = { ...PLANTED, MYSTERY_SHOPPER_CONFIG: config };
  const secrets = { ...PLANTED, card: CARD };

  test('a healthy run', async () => {
    const run = await runCli(['run'], env);
    assert.equal(run.exitCode, 0, run.output);
    assert.deepEqual(await scanForSecrets(run.reportsDir, secrets), []);
    assert.deepEqual(await scanForSecrets(run.dataDir, secrets), [], 'the Allure history and the run store');
  });

  test('a run with a payment fault and an unsubscribe fault, whose failed scenarios keep their traces', async () => {
    const run = await runCli(['run', '--faults', 'double-charge-on-retry,unsubscribe-ignored'], env);
    assert.equal(run.exitCode, 1, run.output);
    const traces = (await filesUnder(run.reportsDir)).filter((file) => file.endsWith('trace.zip'));
    assert.ok(traces.length >= 2, `the payment and unsubscribe scenarios keep traces: ${traces.join(', ')}`);
    assert.deepEqual(await scanForSecrets(run.reportsDir, secrets), []);
    assert.deepEqual(await brokenTraceLines(run.reportsDir), [], 'masking leaves every trace readable');
    for (const secret of Object.values(secrets)) assert.ok(!run.output.includes(secret), `the output shows ${secret}`);
  });
});

/** The repository's configuration, with the planted card and the persona's password from the environment. */
async function plantedConfig(): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'secret-scan-config-')), 'planted.config.mts');
  await writeFile(
    file,
    `import base from ${JSON.stringify(path.join(ROOT, 'mystery-shopper.config.ts'))};
const demo = base.targets.demo;
export default {
  ...base,
  targets: { demo: { ...demo, payment: { card: { ...demo.payment.card, number: ${JSON.stringify(CARD)} } } } },
  personas: { shopper: { ...base.personas.shopper, password: process.env.DEMO_SHOPPER_PASSWORD } },
};
`,
  );
  return file;
}
