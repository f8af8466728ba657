import type { ExperienceReport, JourneyReport, JourneyStatus } from '../report-model/experience-report.ts';
import type { JourneyTrend, RepairFigures, Trends } from '../report-model/trends.ts';
import type { TargetHistory } from '../store/run-store.ts';
import type { TrendRow } from '../store/trend-rows.ts';
import { experienceScore } from './experience-score.ts';

const DAY_MS = 86_400_000;
const DEFAULT_TREND_DAYS = 90;
const MAX_CHANGES = 50;
const RECENT_RUNS = 20;

type FindingRows = Awaited<ReturnType<TargetHistory['failingFindings']>>;

/** The report with its target's trends over the `days` before its run (this run included), from the run store. */
export async function withTrends(report: ExperienceReport, history: Pick<TargetHistory, 'trendRows' | 'failingFindings'>, days = DEFAULT_TREND_DAYS): Promise<ExperienceReport> {
  const from = new Date(Date.parse(report.startedAt) - days * DAY_MS).toISOString();
  const [rows, findings] = await Promise.all([history.trendRows(from), history.failingFindings(from)]);
  return { ...report, trends: computeTrends(report, rows, findings, days) };
}

/**
 * The trends, from the journeys' results over the period: runs in a maintenance window are left
 * out of every figure (they show only among a journey's recent runs). The journeys' severities and
 * owners are those of this run's report.
 */
export function computeTrends(report: ExperienceReport, stored: readonly TrendRow[], findings: FindingRows, days: number): Trends {
  const rows = withThisRun(report, stored);
  const counted = rows.filter((row) => !row.maintenance);
  const byJourney = groupBy(rows, (row) => row.journeyId);
  const computed = report.journeys.map((journey) => journeyTrend(journey, byJourney.get(journey.id) ?? [], findings, report.startedAt));
  const journeys = computed.map(({ trend }) => trend);
  return {
    from: new Date(Date.parse(report.startedAt) - days * DAY_MS).toISOString(),
    to: report.startedAt,
    days,
    runs: new Set(counted.map((row) => row.runId)).size,
    maintenanceRuns: new Set(rows.filter((row) => row.maintenance).map((row) => row.runId)).size,
    score: dailyScores(report, counted),
    repair: allRepairs(computed),
    owners: ownerFigures(report.journeys, computed),
    journeys,
  };
}

/** The run being reported counts whether or not it has been recorded yet. */
function withThisRun(report: ExperienceReport, rows: readonly TrendRow[]): TrendRow[] {
  if (rows.some((row) => row.runId === report.runId)) return [...rows];
  const maintenance = report.maintenance !== undefined;
  return [...rows, ...report.journeys.map((journey) => ({ runId: report.runId, startedAt: report.startedAt, journeyId: journey.id, status: journey.status, maintenance }))];
}

/** Each run's score (weighted by the journeys' severities), averaged per UTC day. */
function dailyScores(report: ExperienceReport, counted: readonly TrendRow[]): Trends['score'] {
  const severity = new Map(report.journeys.map((journey) => [journey.id, journey.severity]));
  const days = new Map<string, { total: number; runs: number }>();
  for (const run of groupBy(counted, (row) => row.runId).values()) {
    const score = experienceScore(run.map((row) => ({ status: row.status, severity: severity.get(row.journeyId) ?? null })));
    if (score === null) continue;
    const day = new Date(run[0]!.startedAt).toISOString().slice(0, 10);
    const sum = days.get(day) ?? { total: 0, runs: 0 };
    days.set(day, { total: sum.total + score, runs: sum.runs + 1 });
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, { total, runs }]) => ({ day, score: Math.round(total / runs), runs }));
}

/** A journey's trend, and how long each of its repairs took. */
interface ComputedTrend {
  trend: JourneyTrend;
  repairedMs: number[];
}

function journeyTrend(journey: JourneyReport, rows: readonly TrendRow[], findings: FindingRows, now: string): ComputedTrend {
  let judged = 0;
  let worked = 0;
  let brokenSince: string | undefined;
  let previous: JourneyStatus | undefined;
  const repairedMs: number[] = [];
  const changes: JourneyTrend['changes'] = [];
  for (const row of rows) {
    if (row.maintenance) continue;
    if (row.status === 'passed' || row.status === 'degraded' || row.status === 'broken') judged += 1;
    if (row.status === 'passed' || row.status === 'degraded') worked += 1;
    if (row.status === 'broken' && brokenSince === undefined) brokenSince = row.startedAt;
    if (row.status === 'passed' && brokenSince !== undefined) {
      repairedMs.push(Date.parse(row.startedAt) - Date.parse(brokenSince));
      brokenSince = undefined;
    }
    if (previous !== undefined && row.status !== previous) changes.push({ at: row.startedAt, runId: row.runId, from: previous, to: row.status });
    previous = row.status;
  }
  // Broken since before the period: the history knows when it began.
  const since = brokenSince && journey.status === 'broken' && journey.history?.since && journey.history.since < brokenSince ? journey.history.since : brokenSince;
  const trend: JourneyTrend = {
    id: journey.id,
    owner: journey.owner,
    judged,
    worked,
    share: judged === 0 ? null : Math.round((1000 * worked) / judged) / 10,
    repair: { repaired: repairedMs.length, medianMs: median(repairedMs), open: since ? [{ journey: journey.id, since, ageMs: Date.parse(now) - Date.parse(since) }] : [] },
    changes: changes.slice(-MAX_CHANGES),
    findings: findingKinds(findings.filter((row) => row.journeyId === journey.id)),
    recentRuns: rows
      .slice(-RECENT_RUNS)
      .reverse()
      .map((row) => ({ runId: row.runId, at: row.startedAt, status: row.status, ...(row.maintenance ? { maintenance: true as const } : {}) })),
  };
  return { trend, repairedMs };
}

function findingKinds(rows: FindingRows): JourneyTrend['findings'] {
  const kinds = new Map<string, JourneyTrend['findings'][number]>();
  for (const row of rows) {
    for (const kind of row.kinds) {
      const seen = kinds.get(kind);
      kinds.set(kind, seen ? { ...seen, runs: seen.runs + 1, last: row.startedAt } : { kind, runs: 1, first: row.startedAt, last: row.startedAt });
    }
  }
  return [...kinds.values()].sort((a, b) => b.runs - a.runs || a.kind.localeCompare(b.kind));
}

/** Every journey's repairs as one figure; the open ones the oldest first. */
function allRepairs(computed: readonly ComputedTrend[]): RepairFigures {
  const durations = computed.flatMap(({ repairedMs }) => repairedMs);
  return { repaired: durations.length, medianMs: median(durations), open: computed.flatMap(({ trend }) => trend.repair.open).sort((a, b) => b.ageMs - a.ageMs) };
}

/** Per owner (of this run's journeys): repairs and breaks of their journeys. */
function ownerFigures(reports: readonly JourneyReport[], computed: readonly ComputedTrend[]): Trends['owners'] {
  const owners = groupBy(
    reports.map((journey, index) => ({ journey, ...computed[index]! })),
    ({ journey }) => journey.owner ?? 'no owner',
  );
  return [...owners.entries()]
    .map(([owner, journeys]) => {
      const durations = journeys.flatMap(({ repairedMs }) => repairedMs);
      return {
        owner,
        broke: journeys.reduce((sum, { trend }) => sum + trend.repair.repaired + trend.repair.open.length, 0),
        brokenNow: journeys.filter(({ trend }) => trend.repair.open.length > 0).length,
        medianRepairMs: median(durations),
      };
    })
    .sort((a, b) => b.broke - a.broke || a.owner.localeCompare(b.owner));
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
