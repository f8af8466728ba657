import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExperienceReport } from '../report-model/experience-report.ts';
import { newRunId } from '../runtime/run-id.ts';

const CLI = fileURLToPath(new URL('../../bin/mystery-shopper.js', import.meta.url));

export interface GroupRun {
  runId: string;
  exitCode: number;
  interrupted: boolean;
  durationMs: number;
  summary?: ExperienceReport['summary'];
  logFile: string;
}

/**
 * Runs one schedule's journeys as `mystery-shopper run --tags @schedule:<name>`, in a process of
 * its own, its output kept in a log file. Aborting sends SIGTERM and marks the run interrupted.
 */
export async function runGroup(schedule: string, options: { logDir: string; reportsDir: string; signal: AbortSignal }): Promise<GroupRun> {
  const runId = newRunId();
  await mkdir(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, `${runId}-${schedule}.log`);
  const log = createWriteStream(logFile);
  const started = Date.now();
  const child = spawn(process.execPath, [CLI, 'run', '--tags', `@schedule:${schedule}`], {
    env: { ...process.env, MYSTERY_SHOPPER_RUN_ID: runId, MYSTERY_SHOPPER_REPORTS_DIR: options.reportsDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const abort = () => child.kill('SIGTERM');
  options.signal.addEventListener('abort', abort, { once: true });
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 130 : 1))));
  options.signal.removeEventListener('abort', abort);
  await new Promise((resolve) => log.end(resolve));
  return {
    runId,
    exitCode,
    interrupted: options.signal.aborted,
    durationMs: Date.now() - started,
    summary: await readSummary(path.join(options.reportsDir, 'experience', 'report.json'), runId),
    logFile,
  };
}

async function readSummary(file: string, runId: string): Promise<ExperienceReport['summary'] | undefined> {
  try {
    const report = JSON.parse(await readFile(file, 'utf8')) as ExperienceReport;
    return report.runId === runId ? report.summary : undefined;
  } catch {
    return undefined;
  }
}
