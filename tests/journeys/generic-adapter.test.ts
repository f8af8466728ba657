import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { ROOT, QUICK_REPORTS, runCli } from '../support/run-cli.ts';

/**
 * "Your own company, no code": the generic journeys driven by configuration alone (adapter
 * 'generic' and the addresses of the website's forms), here pointed at the demo company.
 */
describe('the generic journeys from configuration alone', () => {
  let env: NodeJS.ProcessEnv;

  before(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'generic-config-'));
    const config = path.join(dir, 'generic.config.mts');
    await writeFile(
      config,
      `import { defineConfig } from ${JSON.stringify(path.join(ROOT, 'src/config/define-config.ts'))};
export default defineConfig({
  defaultTarget: 'configured-company',
  targets: {
    'configured-company': {
      name: 'Configured Company',
      demo: true,
      adapter: 'generic',
      website: { newsletterSignUp: '/newsletter', contactForm: '/contact' },
      allowHttpOnLoopback: true,
      timing: { unsubscribeGracePeriod: '2s', marketingObservation: '3s', bounceWait: '5s', marketingEmailWait: '15s', acknowledgementSla: '3s', answerSla: '5s', maxWaitInRun: '1m' },
    },
  },
  personas: { shopper: { name: 'Sam Shopper', email: 'sam@shopper.test' } },
});
`,
    );
    env = { ...QUICK_REPORTS, MYSTERY_SHOPPER_CONFIG: config };
  });

  test('unsubscribe and enquiry pass with no fault', async () => {
    const run = await runCli(['run', '--journey', 'unsubscribe', '--journey', 'enquiry-answered'], env);
    const report = await run.report();
    assert.deepEqual(report.journeys.map((journey) => [journey.id, journey.status]).sort(), [['enquiry-answered', 'passed'], ['unsubscribe', 'passed']], run.output);
    assert.equal(run.exitCode, 0);
  });

  test('and catch the same faults as the hand-written adapter', async () => {
    const run = await runCli(['run', '--journey', 'unsubscribe', '--journey', 'enquiry-answered', '--faults', 'unsubscribe-ignored,support-mailbox-full'], env);
    const kinds = Object.fromEntries((await run.report()).journeys.map((journey) => [journey.id, [...new Set(journey.findings.map((finding) => finding.kind))]]));
    assert.deepEqual(kinds, { unsubscribe: ['opt-out-ignored'], 'enquiry-answered': ['bounce'] }, run.output);
    assert.equal(run.exitCode, 1);
  });
});
