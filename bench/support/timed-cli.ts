import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cliRunOf, ROOT, type CliRun } from '../../tests/support/run-cli.ts';
import { timedProcess, type TimedProcess } from './timed-process.ts';

export type TimedCliRun = CliRun & Omit<TimedProcess, 'exitCode' | 'output'>;

/**
 * `mystery-shopper <args>` as a user runs it (a process of its own, folders of its own), timed from
 * spawn to exit, with the CPU time of its whole process tree. The environment is the one the tests'
 * runCli (tests/support/run-cli.ts) gives a run.
 */
export async function timedCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<TimedCliRun> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'mystery-shopper-bench-'));
  const reportsDir = env.MYSTERY_SHOPPER_REPORTS_DIR ?? path.join(scratch, 'reports');
  const dataDir = env.MYSTERY_SHOPPER_DATA_DIR ?? path.join(scratch, 'data');
  const run = await timedProcess(process.execPath, [path.join(ROOT, 'bin', 'mystery-shopper.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', DEMO_FAULTS: '', MYSTERY_SHOPPER_RETRIES: '0', MYSTERY_SHOPPER_REPORTS_DIR: reportsDir, MYSTERY_SHOPPER_DATA_DIR: dataDir, ...env },
  });
  return { ...run, ...cliRunOf({ exitCode: run.exitCode, output: run.output, reportsDir, dataDir }) };
}

/** Stops the benchmark when a run did not end as it should: figures of a broken run mean nothing. */
export function expectExit(run: { exitCode: number; output: string }, expected: number, what: string): void {
  if (run.exitCode !== expected) throw new Error(`${what} exited ${run.exitCode}, not ${expected}:\n${run.output.slice(-3000)}`);
}
