import type { JourneyStatus } from './journey-status.ts';

// The trends of report.json (`trends`): what the run store tells of a target over a period. Types
// only; src/reports/trends.ts computes them. Runs in a maintenance window count in none of them.

export interface Trends {
  /** The period: from (ISO) to this run's start. */
  from: string;
  to: string;
  days: number;
  /** Runs counted, and runs left out for falling in a maintenance window. */
  runs: number;
  maintenanceRuns: number;
  /** The experience score per day (UTC) with runs: the mean of its runs' scores; a day without runs is absent. */
  score: Array<{ day: string; score: number; runs: number }>;
  /** Time to repair, from a journey's first broken run to its next passed run. */
  repair: RepairFigures;
  /** Per owner: how often their journeys broke in the period, how many are broken now, how fast they were repaired. */
  owners: Array<{ owner: string; broke: number; brokenNow: number; medianRepairMs: number | null }>;
  journeys: JourneyTrend[];
}

export interface RepairFigures {
  /** Repairs in the period: broken, then passed. */
  repaired: number;
  medianMs: number | null;
  /** Journeys broken now: since when, and for how long at this run. */
  open: Array<{ journey: string; since: string; ageMs: number }>;
}

export interface JourneyTrend {
  id: string;
  owner: string | null;
  /** Runs that judged it (passed, degraded or broken), and those that worked for customers (passed or degraded). */
  judged: number;
  worked: number;
  /** worked / judged, in percent with one decimal; null when no run judged it. */
  share: number | null;
  repair: RepairFigures;
  /** Its status changes in the period, oldest first (at most the last 50). */
  changes: Array<{ at: string; runId: string; from: JourneyStatus | null; to: JourneyStatus }>;
  /** The kinds of finding its runs met in the period: how many runs, first and last seen. */
  findings: Array<{ kind: string; runs: number; first: string; last: string }>;
  /** Its latest runs, newest first (at most 20). */
  recentRuns: Array<{ runId: string; at: string; status: JourneyStatus; maintenance?: true }>;
}
