import type { ExperienceReport, JourneyStatus } from '../../src/report-model/experience-report.ts';
import { summarize } from '../../src/reports/experience-report.ts';

/** A minimal experience report: one journey per entry, with the given status. */
export function runReport(runId: string, startedAt: string, statuses: Record<string, JourneyStatus>): ExperienceReport {
  const journeys = Object.entries(statuses).map(([id, status]) => ({
    id,
    name: `Journey ${id}`,
    status,
    owner: 'customer-service',
    severity: null,
    channels: ['email'],
    findings:
      status === 'broken'
        ? [{ kind: 'no-answer' as const, customerImpact: 'Nobody answers me', expected: 'An answer within 1 day', observed: 'No answer', evidence: [] }]
        : [],
    scenarios: [{ name: 'Ask by email', status, durationMs: 1000 }],
  }));
  return {
    runId,
    startedAt,
    finishedAt: new Date(Date.parse(startedAt) + 60_000).toISOString(),
    target: { id: 'demo', name: 'Demo Shop' },
    faults: [],
    summary: summarize(journeys),
    journeys,
  };
}
