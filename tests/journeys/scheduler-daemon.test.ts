import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { ExperienceReport } from '../../src/report-model/experience-report.ts';
import type { GroupState } from '../../src/scheduler/scheduler-state.ts';
import { QUICK_REPORTS, ROOT } from '../support/run-cli.ts';

/** The schedule daemon as an operator runs it: a process of its own, stopped with SIGTERM. */
describe('mystery-shopper schedule', () => {
  // A failed assertion must not leave a daemon running: the file would never end.
  after(() => {
    for (const child of daemons) if (child.exitCode === null) child.kill('SIGKILL');
  });

  test('a run interrupted by SIGTERM is recorded, and the next start runs it again', async () => {
    const interrupted = await startDaemon({ hourly: '*/2 * * * * *' }, '0s');
    await interrupted.waitForState((state) => state.hourly?.outcome === 'running', 30_000);
    interrupted.process.kill('SIGTERM');
    assert.equal(await interrupted.exited, 0);
    assert.equal((await interrupted.state()).hourly?.outcome, 'interrupted', interrupted.lines.join('\n'));
    assert.ok(interrupted.lines.some((line) => /schedule=hourly run=\S+ interrupted/.test(line)), interrupted.lines.join('\n'));

    // Restarted with the schedule far in the future: the unfinished run is done at once, once.
    const resumed = await startDaemon({ hourly: '0 0 1 1 *' }, '60s', interrupted.dirs);
    await resumed.waitForLines(/schedule=hourly run=\S+ completed exit=0/, 1, 90_000);
    assert.ok(resumed.lines.some((line) => /schedule=hourly resuming/.test(line)));
    resumed.process.kill('SIGTERM');
    assert.equal(await resumed.exited, 0);
    assert.equal((await resumed.state()).hourly?.outcome, 'completed');
  });

  test('runs cycles of a schedule, never two at once, a later one judging the watch the first leaves, and stops cleanly on SIGTERM', async () => {
    // The ticket is promised within 12 s but a run may wait only 1 s: the first cycle leaves a watch
    // (even on a loaded machine, the check comes well before 11 s after paying). Which later cycle
    // finds it due depends on how long a run takes (a fast run ends before it is due), so the test
    // waits for the cycle that judges it: every cycle before that one is still awaiting.
    const daemon = await startDaemon({ hourly: '*/2 * * * * *' }, '60s', undefined, {
      timing: { ticketDeliverySla: '12s', maxWaitInRun: '1s' },
      faults: 'ticket-not-sent',
    });
    const [judging] = await daemon.waitForLines(/schedule=hourly run=\S+ completed exit=1 journeys=1 passed=0 broken=1/, 1, 150_000);
    const completed = daemon.lines.filter((line) => /schedule=hourly run=\S+ completed/.test(line));
    const [first, ...awaiting] = completed.slice(0, completed.indexOf(judging!));
    assert.ok(first, `a cycle before the one that judged:\n${daemon.lines.join('\n')}`);
    for (const cycle of [first, ...awaiting]) assert.match(cycle, /exit=0 journeys=1 passed=0 broken=0 awaiting=1/, daemon.lines.join('\n'));
    assert.ok(daemon.lines.some((line) => /schedule=hourly skipped: its previous run is still running/.test(line)), daemon.lines.join('\n'));
    daemon.process.kill('SIGTERM');
    assert.equal(await daemon.exited, 0, daemon.lines.join('\n'));
    assert.match(daemon.lines.at(-1) ?? '', /stopped/);
    assert.equal((await daemon.state()).hourly?.outcome, 'completed');

    // The ticket that never came breaks the journey, judged by the later cycle: the first cycle's
    // watch among those it judged (a cycle in between left one too, which may be due by then).
    const judged = recordedRun(daemon.dirs, runIdOf(judging!));
    const verdicts = judged.resolvedVerdicts ?? [];
    const firstVerdict = verdicts.find((verdict) => verdict.runId === runIdOf(first));
    assert.ok(firstVerdict, `the first cycle's watch is judged: ${JSON.stringify(verdicts.map((verdict) => verdict.runId))}`);
    for (const verdict of verdicts) {
      assert.equal(verdict.status, 'broken');
      assert.equal(verdict.finding?.kind, 'ticket-not-delivered');
    }
    const journey = judged.journeys.find((candidate) => candidate.id === 'pay-and-get-ticket');
    assert.equal(journey?.status, 'broken');
    assert.ok(journey.findings.some((finding) => finding.kind === 'ticket-not-delivered'));
  });

  test('a bad cron expression stops it with exit 2, naming the schedule', async () => {
    const daemon = await startDaemon({ hourly: '61 * * * *' }, '1s');
    assert.equal(await daemon.exited, 2);
    assert.match(daemon.lines.join('\n'), /schedules\.hourly\.cron: "61 \* \* \* \*" is not a valid cron expression/);
  });
});

const daemons = new Set<ChildProcess>();

interface Dirs {
  config: string;
  data: string;
  reports: string;
}

interface Variation {
  /** Demo target timings that replace the configured ones. */
  timing?: Record<string, string>;
  faults?: string;
}

async function startDaemon(crons: { hourly: string }, stopGrace: string, reuse?: Dirs, variation: Variation = {}) {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'scheduler-'));
  const dirs: Dirs = reuse ?? { config: path.join(scratch, 'scheduler.config.mts'), data: path.join(scratch, 'data'), reports: path.join(scratch, 'reports') };
  await writeFile(dirs.config, configWith(crons.hourly, variation.timing ?? {}));
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'mystery-shopper.js'), 'schedule', '--stop-grace', stopGrace], {
    cwd: ROOT,
    env: { ...process.env, ...QUICK_REPORTS, MYSTERY_SHOPPER_CONFIG: dirs.config, MYSTERY_SHOPPER_DATA_DIR: dirs.data, MYSTERY_SHOPPER_REPORTS_DIR: dirs.reports, DEMO_FAULTS: variation.faults ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  daemons.add(child);
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      for (const listener of listeners) listener();
    });
  }
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  const state = async (): Promise<Record<string, GroupState>> => {
    try {
      return (JSON.parse(await readFile(path.join(dirs.data, 'scheduler-state.json'), 'utf8')) as { groups: Record<string, GroupState> }).groups;
    } catch {
      return {};
    }
  };
  return {
    process: child as ChildProcess,
    lines,
    exited,
    dirs,
    state,
    waitForLines: (pattern: RegExp, count: number, timeoutMs: number) =>
      new Promise<string[]>((resolve, reject) => {
        const check = () => {
          const matching = lines.filter((line) => pattern.test(line));
          if (matching.length >= count) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve(matching);
          }
        };
        const timer = setTimeout(() => reject(new Error(`no ${count} lines like ${pattern} in time:\n${lines.join('\n')}`)), timeoutMs);
        listeners.add(check);
        check();
      }),
    waitForState: async (ready: (groups: Record<string, GroupState>) => boolean, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (!ready(await state())) {
        if (Date.now() > deadline) throw new Error(`scheduler state never got ready:\n${lines.join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

function configWith(hourlyCron: string, timing: Record<string, string>): string {
  return `import config from ${JSON.stringify(path.join(ROOT, 'mystery-shopper.config.ts'))};
const demo = config.targets.demo;
export default { ...config, schedules: { hourly: { cron: ${JSON.stringify(hourlyCron)} }, daily: { cron: '0 0 1 1 *' }, weekly: { cron: '0 0 1 1 *' } },
  targets: { ...config.targets, demo: { ...demo, timing: { ...demo.timing, ...${JSON.stringify(timing)} } } } };
`;
}

function runIdOf(logLine: string): string {
  return /run=(\S+)/.exec(logLine)![1]!;
}

/** A run as the daemon's runs recorded it in the run store. */
function recordedRun(dirs: Dirs, runId: string): ExperienceReport {
  const db = new Database(path.join(dirs.data, 'history.sqlite'), { readonly: true });
  try {
    return JSON.parse(db.prepare('SELECT report FROM runs WHERE run_id = ?').pluck().get(runId) as string) as ExperienceReport;
  } finally {
    db.close();
  }
}
