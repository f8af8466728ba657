import { runCli, type CliRun } from '../../tests/support/run-cli.ts';

export interface TimedCliRun extends CliRun {
  wallMs: number;
  /** Epoch ms of the spawn and of the exit, to line up with times the run recorded. */
  spawnedAt: number;
  exitedAt: number;
}

/** `mystery-shopper <args>` as a user runs it (a process of its own, folders of its own), timed from spawn to exit. */
export async function timedCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<TimedCliRun> {
  const spawnedAt = Date.now();
  const started = performance.now();
  const run = await runCli(args, env);
  return { ...run, wallMs: performance.now() - started, spawnedAt, exitedAt: Date.now() };
}

/** Stops the benchmark when a run did not end as it should: figures of a broken run mean nothing. */
export function expectExit(run: { exitCode: number; output: string }, expected: number, what: string): void {
  if (run.exitCode !== expected) throw new Error(`${what} exited ${run.exitCode}, not ${expected}:\n${run.output.slice(-3000)}`);
}
