import type { JourneyReport } from '../../report-model/experience-report.ts';
import { severityWeight } from '../experience-score.ts';
import { DISPLAY_ORDER } from './status.ts';

/** Journeys as a reader wants them: the worst status first, and within one status the most severe. */
export function inReadingOrder<T extends Pick<JourneyReport, 'status' | 'severity'>>(journeys: readonly T[]): T[] {
  return [...journeys].sort(
    (a, b) => DISPLAY_ORDER.indexOf(a.status) - DISPLAY_ORDER.indexOf(b.status) || severityWeight(b.severity) - severityWeight(a.severity),
  );
}
