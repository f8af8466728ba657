import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ExperienceReport } from '../../src/report-model/experience-report.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface CliRun {
  exitCode: number;
  output: string;
  reportsDir: string;
  dataDir: string;
  report(): Promise<ExperienceReport>;
}

/**
 * For a run whose test reads report.json and the output alone: no PDF, no Allure (each costs a
 * process and seconds of CPU). The whole audits of demo-audits.ts write every report, and the
 * secret scan and the sharded run read all of it.
 */
export const QUICK_REPORTS: NodeJS.ProcessEnv = { MYSTERY_SHOPPER_PDF: 'false', MYSTERY_SHOPPER_ALLURE: 'false' };

/**
 * Runs `mystery-shopper <args>` as a user would, with its own reports and data folders, in this
 * project or in another (a copy a walkthrough edits). A variable given as undefined is left out.
 */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}, project = ROOT): Promise<CliRun> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'mystery-shopper-test-'));
  // The caller may name the folders (a shard, a merge); else the run gets folders of its own.
  const reportsDir = env.MYSTERY_SHOPPER_REPORTS_DIR ?? path.join(scratch, 'reports');
  const dataDir = env.MYSTERY_SHOPPER_DATA_DIR ?? path.join(scratch, 'data');
  const { exitCode, output } = await new Promise<{ exitCode: number; output: string }>((resolve, reject) => {
    // DATABASE_URL: a developer's own PostgreSQL store stays out of the tests, which give each run its own SQLite file.
    // No retries unless a test asks: every test expects one attempt's outcome.
    const given = { ...process.env, DATABASE_URL: '', DEMO_FAULTS: '', MYSTERY_SHOPPER_RETRIES: '0', MYSTERY_SHOPPER_REPORTS_DIR: reportsDir, MYSTERY_SHOPPER_DATA_DIR: dataDir, ...env };
    const child = spawn(process.execPath, [path.join(project, 'bin', 'mystery-shopper.js'), ...args], {
      cwd: project,
      env: Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? -1, output }));
  });
  return cliRunOf({ exitCode, output, reportsDir, dataDir });
}

/** A finished run, from what it left: its exit code, output and folders. */
export function cliRunOf(run: Omit<CliRun, 'report'>): CliRun {
  return {
    ...run,
    report: async () => JSON.parse(await readFile(path.join(run.reportsDir, 'experience', 'report.json'), 'utf8')) as ExperienceReport,
  };
}
