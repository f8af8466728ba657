import path from 'node:path';
import type { ExperienceReport } from '../report-model/experience-report.ts';

/** The few lines a person reads at the end of a run. */
export function summaryLines(report: ExperienceReport, htmlPath: string): string[] {
  const { summary } = report;
  const parts = [
    `${summary.passed} passed${summary.flaky ? ` (${summary.flaky} flaky)` : ''}`,
    `${summary.broken} broken`,
    summary.degraded && `${summary.degraded} degraded`,
    summary.awaiting && `${summary.awaiting} awaiting`,
    summary.needsMaintenance && `${summary.needsMaintenance} need maintenance`,
    summary.notRun && `${summary.notRun} not run`,
  ].filter(Boolean);
  const maintenance = report.maintenance ? ` — in maintenance (${report.maintenance.window}, until ${report.maintenance.until}): no alerts, not in the trends` : '';
  const lines = [``, `${report.target.name}: ${summary.journeys} journeys — ${parts.join(', ')}${maintenance}`];
  for (const journey of report.journeys.filter((candidate) => candidate.status !== 'passed' || candidate.flaky)) {
    const kinds = [...new Set([...journey.findings, ...(journey.degradations ?? [])].map((entry) => entry.kind))];
    const notes = [...kinds, ...(journey.flaky ? ['flaky: passed on a retry'] : [])];
    const known = journey.known ? ` — known since ${journey.known.since}${journey.known.ticket ? `, ticket ${journey.known.ticket}` : ''}` : '';
    lines.push(`  ${journey.status.padEnd(17)} ${journey.id}${notes.length ? ` (${notes.join(', ')})` : ''}${known}`);
  }
  lines.push(`Experience report: ${htmlPath}`);
  return lines;
}

/** Prints the summary lines, and each harness error the report carries on standard error. */
export function printSummary(report: ExperienceReport, htmlFile: string): void {
  console.log(summaryLines(report, path.relative(process.cwd(), htmlFile)).join('\n'));
  for (const error of [report.storeError ?? [], report.harnessErrors ?? []].flat()) console.error(`Harness error: ${error}`);
}
