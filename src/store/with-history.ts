import type { ExperienceReport, JourneyHistory, JourneyReport } from '../report-model/experience-report.ts';
import type { JourneyRun } from './journey-runs.ts';
import type { RunStore, TargetHistory } from './run-store.ts';

const TREND_LENGTH = 10;

/**
 * Adds each journey's history from the store (the report's target's, see RunStore.forTarget): since when its current status holds, for how many
 * runs in a row, and its recent trend. The report's own run counts whether or not it has been
 * recorded yet.
 */
export async function withHistory(report: ExperienceReport, store: Pick<RunStore, 'forTarget'>): Promise<ExperienceReport> {
  const history = store.forTarget(report.target.id);
  return {
    ...report,
    journeys: await Promise.all(report.journeys.map(async (journey) => ({ ...journey, history: await journeyHistory(report, journey, history) }))),
  };
}

async function journeyHistory(report: ExperienceReport, journey: JourneyReport, store: Pick<TargetHistory, 'journeyRuns' | 'journeyStreak'>): Promise<JourneyHistory> {
  const thisRun: JourneyRun = { runId: report.runId, startedAt: report.startedAt, status: journey.status };
  // The streak is counted in the store, so that a year-long one is not read run by run.
  const stored = await store.journeyStreak(journey.id, journey.status, report.runId);
  const recent = await store.journeyRuns(journey.id, TREND_LENGTH + 1);
  const runs = [thisRun, ...recent.filter((run) => run.runId !== thisRun.runId)];
  return {
    since: stored.since ?? thisRun.startedAt,
    streak: stored.runs + 1,
    trend: runs.slice(0, TREND_LENGTH).map((run) => run.status).reverse(),
  };
}
