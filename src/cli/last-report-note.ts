import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExperienceReport } from '../report-model/experience-report.ts';
import { reportsDir } from '../runtime/paths.ts';

/**
 * One line for a run that stopped before any scenario: the experience report in the reports folder
 * is an earlier run's, left as it was, so that nobody reads it as this run's.
 */
export async function lastReportNote(why: string): Promise<string> {
  const folder = path.join(reportsDir(), 'experience');
  try {
    const last = JSON.parse(await readFile(path.join(folder, 'report.json'), 'utf8')) as Pick<ExperienceReport, 'runId' | 'finishedAt'>;
    return `Harness error: ${why}. The experience report in ${path.relative(process.cwd(), folder) || '.'} is left as it was: it is run ${last.runId}'s (${last.finishedAt}), not this run's.`;
  } catch {
    return `Harness error: ${why}; no experience report was written.`;
  }
}
