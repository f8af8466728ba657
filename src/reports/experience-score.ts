import type { JourneyReport, JourneyStatus } from '../report-model/experience-report.ts';

/** How much a journey counts, by its @severity tag; a journey without one counts as medium. */
export const SEVERITY_WEIGHT: Record<string, number> = { critical: 4, high: 3, medium: 2, low: 1 };
const DEFAULT_WEIGHT = SEVERITY_WEIGHT.medium!;

/** How much of its weight a judged journey earns. Journeys not judged in this run are left out. */
const CREDIT: Partial<Record<JourneyStatus, number>> = { passed: 1, degraded: 0.5, broken: 0 };

/**
 * The experience score, 0–100: the share of the judged journeys that work for customers, each
 * weighted by its severity (critical 4, high 3, medium 2, low 1). A degraded journey earns half.
 * Awaiting, not-run and needs-maintenance journeys were not judged and are left out; with none
 * judged there is no score (null).
 */
export function experienceScore(journeys: readonly Pick<JourneyReport, 'status' | 'severity'>[]): number | null {
  let earned = 0;
  let possible = 0;
  for (const journey of journeys) {
    const credit = CREDIT[journey.status];
    if (credit === undefined) continue;
    const weight = severityWeight(journey.severity);
    earned += weight * credit;
    possible += weight;
  }
  return possible === 0 ? null : Math.round((100 * earned) / possible);
}

export function severityWeight(severity: string | null | undefined): number {
  return (severity && SEVERITY_WEIGHT[severity.toLowerCase()]) || DEFAULT_WEIGHT;
}
