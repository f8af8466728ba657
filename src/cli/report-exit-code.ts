import type { ExperienceReport } from '../report-model/experience-report.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

/**
 * The exit code an experience report stands for. A run store that could not be used, or a
 * harness that could not run scenarios (its mailbox down), makes the whole audit untrustworthy:
 * that outranks a broken journey.
 */
export function exitCodeOf(report: ExperienceReport): ExitCode {
  if (report.storeError || report.harnessErrors?.length) return EXIT.harnessError;
  if (report.summary.broken > 0) return EXIT.broken;
  if (report.summary.needsMaintenance > 0) return EXIT.harnessError;
  return EXIT.ok;
}
