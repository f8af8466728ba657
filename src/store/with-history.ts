import type { ExperienceReport, JourneyHistory, JourneyReport } from '../report-model/experience-report.ts';
import type { Acknowledgement, KnownIssue } from '../report-model/known-issue.ts';
import type { JourneyRun } from './journey-runs.ts';
import type { TargetHistory } from './run-store.ts';

const TREND_LENGTH = 10;

/**
 * Adds each journey's history from the store (the report's target's, see RunStore.forTarget): since when its current status holds, for how many
 * runs in a row, and its recent trend. The report's own run counts whether or not it has been
 * recorded yet.
 */
export async function withHistory(report: ExperienceReport, store: { forTarget(targetId: string): Pick<TargetHistory, 'journeyRuns' | 'journeyStreak' | 'acknowledgements'> }): Promise<ExperienceReport> {
  const history = store.forTarget(report.target.id);
  const acks = await history.acknowledgements();
  return {
    ...report,
    journeys: await Promise.all(
      report.journeys.map(async (journey) => {
        const known = knownIssue(journey, acks, report.startedAt);
        return { ...journey, history: await journeyHistory(report, journey, history), ...(known ? { known } : {}) };
      }),
    ),
  };
}

/**
 * The journey's acknowledgement, while it holds at the run's start: the journey still fails, the
 * acknowledgement has not expired, and every finding is of a kind acknowledged (a new kind is news).
 */
function knownIssue(journey: JourneyReport, acks: readonly Acknowledgement[], at: string): KnownIssue | undefined {
  const ack = acks.find((candidate) => candidate.journeyId === journey.id);
  if (!ack || journey.status === 'passed') return undefined;
  if (ack.until && Date.parse(ack.until) <= Date.parse(at)) return undefined;
  if (journey.findings.some((finding) => !ack.kinds.includes(finding.kind))) return undefined;
  const { journeyId: _journey, kinds: _kinds, ...known } = ack;
  return known;
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
