import type { ExperienceReport } from '../report-model/experience-report.ts';

/** The headline: the whole run in one sentence, for the person who reads nothing else. */
export function headlineOf(report: Pick<ExperienceReport, 'summary'>): string {
  const { journeys, broken, degraded, needsMaintenance, awaiting, notRun, passed } = report.summary;
  if (journeys === 0) return 'No customer journey was audited.';
  if (broken > 0) return `${broken} of ${journeys} customer ${plural(journeys, 'journey is', 'journeys are')} broken for customers.`;
  if (degraded > 0) return `No customer journey is broken; ${degraded} of ${journeys} ${plural(degraded, 'works', 'work')} worse than promised.`;
  if (needsMaintenance > 0) return `No broken customer journey found, but ${needsMaintenance} of ${journeys} could not be checked and ${plural(needsMaintenance, 'needs', 'need')} maintenance.`;
  if (passed === journeys) return `Every customer journey works as promised (${journeys} audited).`;
  const open = [awaiting > 0 && `${awaiting} awaiting a later verdict`, notRun > 0 && `${notRun} not run`].filter(Boolean).join(', ');
  return `No broken customer journey: ${passed} of ${journeys} work as promised, ${open}.`;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
