import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExperienceReport } from '../report-model/experience-report.ts';
import { reportsDir } from '../runtime/paths.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { exitCodeOf } from './report-exit-code.ts';

/**
 * Reads the experience report a run (or a merge of shards) just wrote and turns it into the exit
 * code. A report from another run than the one expected is a harness error.
 */
export async function exitCodeOfRun(expectedRunId?: string): Promise<ExitCode> {
  const file = path.join(reportsDir(), 'experience', 'report.json');
  let report: ExperienceReport;
  try {
    report = JSON.parse(await readFile(file, 'utf8')) as ExperienceReport;
  } catch {
    console.error(`Harness error: the run wrote no experience report (${file}); see the output above`);
    return EXIT.harnessError;
  }
  if (expectedRunId && report.runId !== expectedRunId) {
    console.error(`Harness error: ${file} is from run ${report.runId}, not this run (${expectedRunId})`);
    return EXIT.harnessError;
  }
  return exitCodeOf(report);
}
