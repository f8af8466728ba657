import type { ExperienceReport, JourneyHistory, JourneyReport } from '../reports/experience-report.ts';
import type { JourneyRun, RunStore } from './run-store.ts';

const TREND_LENGTH = 10;

/**
 * Adds each journey's history from the store: since when its current status holds, for how many
 * runs in a row, and its recent trend. The report's own run counts whether or not it has been
 * recorded yet.
 */
export async function withHistory(report: ExperienceReport, store: Pick<RunStore, 'journeyRuns'>): Promise<ExperienceReport> {
  return {
    ...report,
    journeys: await Promise.all(report.journeys.map(async (journey) => ({ ...journey, history: await journeyHistory(report, journey, store) }))),
  };
}

async function journeyHistory(report: ExperienceReport, journey: JourneyReport, store: Pick<RunStore, 'journeyRuns'>): Promise<JourneyHistory> {
  const thisRun: JourneyRun = { runId: report.runId, startedAt: report.startedAt, status: journey.status };
  // Reads further back only while the streak goes on, so a long history is not read whole.
  for (let limit = TREND_LENGTH + 1; ; limit *= 4) {
    const stored = await store.journeyRuns(journey.id, limit);
    const runs = [thisRun, ...stored.filter((run) => run.runId !== thisRun.runId)];
    const end = runs.findIndex((run) => run.status !== thisRun.status);
    if (end === -1 && stored.length === limit) continue;
    const streak = end === -1 ? runs.length : end;
    return {
      since: runs[streak - 1]!.startedAt,
      streak,
      trend: runs.slice(0, TREND_LENGTH).map((run) => run.status).reverse(),
    };
  }
}
