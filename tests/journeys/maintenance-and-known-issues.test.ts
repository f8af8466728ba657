import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startHttpReceiver, type HttpReceiver } from '../support/http-receiver.ts';
import { QUICK_REPORTS, ROOT, runCli, type CliRun } from '../support/run-cli.ts';

/**
 * Maintenance windows and known issues through real runs of the enquiry journey on one data folder
 * (the run store): broken in a maintenance window, broken after it, acknowledged, still broken, fixed.
 */
describe('a maintenance window, then a known issue: what the alert channel hears', () => {
  let receiver: HttpReceiver;
  let runs: { inWindow: CliRun; broken: CliRun; ack: CliRun; known: CliRun; fixed: CliRun; list: CliRun; outputs: string };

  before(async () => {
    receiver = await startHttpReceiver();
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'maintenance-and-known-issues-'));
    const configWith = async (name: string, maintenance: string) => {
      const file = path.join(scratch, `${name}.config.mts`);
      await writeFile(
        file,
        `import config from ${JSON.stringify(path.join(ROOT, 'mystery-shopper.config.ts'))};
export default { ...config, targets: { ...config.targets, demo: { ...config.targets.demo, maintenance: ${maintenance} } },
  alerts: [{ name: 'incidents', kind: 'webhook', url: ${JSON.stringify(receiver.url('/hook'))}, remind: { everyRuns: 1 } }] };
`,
      );
      return { ...QUICK_REPORTS, MYSTERY_SHOPPER_CONFIG: file, MYSTERY_SHOPPER_DATA_DIR: path.join(scratch, 'data') };
    };
    // A window every minute that lasts an hour: always open.
    const windowOpen = await configWith('in-maintenance', `[{ name: 'Mail relay swap', cron: '* * * * *', duration: '1h' }]`);
    const usual = await configWith('usual', '[]');
    const fault = ['run', '--journey', 'enquiry-answered', '--faults', 'enquiry-not-answered'];
    const inWindow = await runCli(fault, windowOpen);
    const broken = await runCli(fault, usual);
    const ack = await runCli(['ack', 'enquiry-answered', '--reason', 'Help desk mailbox being moved', '--ticket', 'https://tracker.example/OPS-7'], usual);
    const known = await runCli(fault, usual);
    const fixed = await runCli(['run', '--journey', 'enquiry-answered'], usual);
    const list = await runCli(['ack', '--list'], usual);
    const outputs = [inWindow, broken, ack, known, fixed, list].map((run, index) => `--- ${index + 1} (exit ${run.exitCode})\n${run.output}`).join('\n');
    runs = { inWindow, broken, ack, known, fixed, list, outputs };
  });
  after(() => receiver?.close());

  test('a run in a maintenance window is recorded and reported in maintenance, and alerts no one', async () => {
    assert.equal(runs.inWindow.exitCode, 1, runs.outputs);
    const report = await runs.inWindow.report();
    assert.equal(report.maintenance?.window, 'Mail relay swap');
    assert.match(runs.inWindow.output, /in maintenance \(Mail relay swap, until /);
    assert.equal((await runs.broken.report()).journeys[0]?.history?.streak, 2, 'recorded: the next run counts it');
  });

  test('the channel hears the failure after the window, nothing while it is known, then the recovery', async () => {
    const bodies = receiver.jsonOn('/hook') as Array<{ change: string; reminder?: boolean; runId: string }>;
    assert.deepEqual(bodies.map((body) => `${body.change}${body.reminder ? ' (reminder)' : ''}`), ['broken', 'recovered'], runs.outputs);
    assert.equal(bodies[0]?.runId, (await runs.broken.report()).runId);
  });

  test('the known issue stays broken in the report, marked known, until it recovers', async () => {
    assert.equal(runs.ack.exitCode, 0, runs.outputs);
    assert.equal(runs.known.exitCode, 1);
    const known = await runs.known.report();
    assert.equal(known.journeys[0]?.status, 'broken');
    assert.deepEqual(known.journeys[0]?.known && { reason: known.journeys[0].known.reason, ticket: known.journeys[0].known.ticket }, { reason: 'Help desk mailbox being moved', ticket: 'https://tracker.example/OPS-7' });
    assert.match(runs.list.output, /Known issues of target demo: none/, 'the recovery ended it');
  });

  test('the run\'s report carries the trends, the run in maintenance left out', async () => {
    const trends = (await runs.fixed.report()).trends!;
    assert.equal(trends.runs, 3);
    assert.equal(trends.maintenanceRuns, 1);
    const [enquiry] = trends.journeys;
    assert.deepEqual([enquiry?.judged, enquiry?.worked, enquiry?.repair.repaired, enquiry?.repair.open], [3, 1, 1, []]);
  });
});
