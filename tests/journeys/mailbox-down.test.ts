import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { startImapLab } from '../support/imap-lab.ts';
import { QUICK_REPORTS, runCli } from '../support/run-cli.ts';

test('the shopper’s IMAP server killed mid-run: nothing is blamed on the company, the run is a harness error, the next run is clean', async () => {
  const data = await mkdtemp(path.join(os.tmpdir(), 'mailbox-down-data-'));
  const lab = await startImapLab();
  let killedMidRun = false;
  let finished = false;
  const running = runCli(['run', '--demo', '--journey', 'enquiry-answered'], { ...lab.env, ...QUICK_REPORTS, MYSTERY_SHOPPER_DATA_DIR: data }).finally(() => (finished = true));
  // The first mail delivered to the shopper (an acknowledgement) means a scenario is waiting on the mailbox now.
  const killer = (async () => {
    while (!finished && !(await lab.dovecot.hasDelivered('sam'))) await sleep(100);
    if (finished) return;
    killedMidRun = true;
    await lab.dovecot.kill();
  })();
  const run = await running;
  await killer;
  await lab.postfix.stop();
  const report = await run.report();
  const [journey] = report.journeys;
  assert.ok(killedMidRun, run.output);
  assert.deepEqual(journey?.findings, [], `the silence of a dead mailbox was read as the company's\n${run.output}`);
  assert.ok(
    journey?.scenarios.some((scenario) => scenario.status === 'not-run' && scenario.harnessError && /IMAP server .* closed the connection during the run/.test(scenario.problem ?? '')),
    JSON.stringify(journey, null, 2),
  );
  assert.match(run.output, /^Harness error: The IMAP server .* closed the connection during the run/m);
  assert.equal(run.exitCode, 2);

  // The same data folder (run store, spend ledger) with the mail provider back: nothing left over.
  const back = await startImapLab();
  try {
    const next = await runCli(['run', '--demo', '--journey', 'enquiry-answered'], { ...back.env, ...QUICK_REPORTS, MYSTERY_SHOPPER_DATA_DIR: data });
    assert.equal((await next.report()).journeys[0]?.status, 'passed', next.output);
    assert.equal(next.exitCode, 0);
  } finally {
    await back.stop();
  }
});
