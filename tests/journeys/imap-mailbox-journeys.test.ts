import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startImapLab, type ImapLab, type ImapLabLane } from '../support/imap-lab.ts';
import { freePort } from '../support/ports.ts';
import { runCli, type CliRun } from '../support/run-cli.ts';

/**
 * The generic journeys run unchanged on a real persona mailbox (see imap-lab.ts). Two runs at a
 * time, on one Postfix + Dovecot with a demo company per lane: the runs mostly wait (on grace
 * periods and SLAs), so two at a time take little more than one.
 */
describe('the unsubscribe and enquiry journeys on a real IMAP mailbox', { concurrency: 2 }, () => {
  let lab: ImapLab;
  /** The lanes no run is using: a test takes one for its run (no more than two tests run at once). */
  let idleLanes: ImapLabLane[];

  before(async () => {
    lab = await startImapLab({ lanes: 2 });
    idleLanes = [...lab.lanes];
  });
  after(() => lab?.stop());

  /** `mystery-shopper run <args>` in an idle lane, read from report.json and the output alone: no PDF, no Allure, no trace. */
  async function audit(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliRun> {
    const lane = idleLanes.pop();
    assert.ok(lane, 'more runs at once than lanes');
    try {
      return await runCli(['run', ...args, '--no-pdf', '--no-allure', '--', '--trace', 'off'], { ...lane.env, ...extraEnv });
    } finally {
      idleLanes.push(lane);
    }
  }

  test('both pass with no fault', async () => {
    const run = await audit(['--demo', '--journey', 'unsubscribe', '--journey', 'enquiry-answered']);
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
      const run = await audit(['--journey', 'unsubscribe', '--journey', 'enquiry-answered', '--faults', names.join(',')]);
      const kinds = Object.fromEntries((await run.report()).journeys.map((journey) => [journey.id, [...new Set(journey.findings.map((finding) => finding.kind))]]));
      assert.deepEqual(kinds, { unsubscribe: [faults.unsubscribe[1]], 'enquiry-answered': [faults['enquiry-answered'][1]] }, run.output);
      assert.equal(run.exitCode, 1);
    });
  }

  test('wrong IMAP credentials stop the run before any scenario, with exit 2, naming the variables', async () => {
    const run = await audit(['--demo', '--journey', 'unsubscribe'], { IMAP_PASSWORD: 'wrong' });
    assert.equal(run.exitCode, 2, run.output);
    assert.match(run.output, /^mystery-shopper run: The IMAP server .* rejected the login of .*: check IMAP_USER and IMAP_PASSWORD in \.env$/m);
    // Not a run whose every scenario failed on the login (that too exits 2): Playwright never started.
    assert.doesNotMatch(run.output, /Auditing \d+ journeys/);
  });

  test('an unreachable IMAP server leaves the journey not run, with the reason, and is a harness error (exit 2)', async () => {
    const run = await audit(['--demo', '--journey', 'unsubscribe'], { IMAP_PORT: String(await freePort()) });
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
