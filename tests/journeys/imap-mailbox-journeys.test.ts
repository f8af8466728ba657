import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startImapLab, type ImapLab } from '../support/imap-lab.ts';
import { freePort } from '../support/ports.ts';
import { QUICK_REPORTS, runCli } from '../support/run-cli.ts';

/** The generic journeys run unchanged on a real persona mailbox (see imap-lab.ts). */
describe('the unsubscribe and enquiry journeys on a real IMAP mailbox', () => {
  let lab: ImapLab;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    lab = await startImapLab();
    env = { ...lab.env, ...QUICK_REPORTS };
  });
  after(() => lab?.stop());

  test('both pass with no fault', async () => {
    const run = await runCli(['run', '--demo', '--journey', 'unsubscribe', '--journey', 'enquiry-answered'], env);
    const statuses = (await run.report()).journeys.map((journey) => [journey.id, journey.status]).sort();
    assert.deepEqual(statuses, [['enquiry-answered', 'passed'], ['unsubscribe', 'passed']], `${run.output}\n${await lab.postfix.log()}`);
    assert.equal(run.exitCode, 0);
  });

  // One fault of each journey per run (the fault matrix proves they do not touch each other's journey).
  for (const faults of [
    { unsubscribe: ['unsubscribe-mailbox-full', 'unsubscribe-bounces'], 'enquiry-answered': ['support-mailbox-full', 'bounce'] },
    { unsubscribe: ['unsubscribe-ignored', 'opt-out-ignored'], 'enquiry-answered': ['enquiry-not-acknowledged', 'no-acknowledgement'] },
  ] as const) {
    const names = Object.values(faults).map(([fault]) => fault);
    test(`catches ${Object.values(faults).map(([fault, kind]) => `${fault} as ${kind}`).join(' and ')}, as on the local mailbox`, async () => {
      const run = await runCli(['run', '--journey', 'unsubscribe', '--journey', 'enquiry-answered', '--faults', names.join(',')], env);
      const kinds = Object.fromEntries((await run.report()).journeys.map((journey) => [journey.id, [...new Set(journey.findings.map((finding) => finding.kind))]]));
      assert.deepEqual(kinds, { unsubscribe: [faults.unsubscribe[1]], 'enquiry-answered': [faults['enquiry-answered'][1]] }, run.output);
      assert.equal(run.exitCode, 1);
    });
  }

  test('wrong IMAP credentials stop the run with exit 2, naming the variables', async () => {
    const run = await runCli(['run', '--demo', '--journey', 'unsubscribe'], { ...env, IMAP_PASSWORD: 'wrong' });
    assert.equal(run.exitCode, 2, run.output);
    assert.match(run.output, /IMAP_USER and IMAP_PASSWORD/);
  });

  test('an unreachable IMAP server leaves the journey not run, with the reason, and is a harness error (exit 2)', async () => {
    const run = await runCli(['run', '--demo', '--journey', 'unsubscribe'], { ...env, IMAP_PORT: String(await freePort()) });
    const report = await run.report();
    const [journey] = report.journeys;
    assert.equal(journey?.status, 'not-run', run.output);
    assert.match(journey?.scenarios[0]?.problem ?? '', /IMAP server .* cannot be reached/);
    assert.equal(journey?.scenarios[0]?.harnessError, true);
    assert.match(report.harnessErrors?.[0] ?? '', /IMAP server .* cannot be reached/);
    assert.match(run.output, /^Harness error: The IMAP server .* cannot be reached/m);
    assert.equal(run.exitCode, 2);
  });
});
