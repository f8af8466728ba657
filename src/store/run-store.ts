import path from 'node:path';
import type { Watch } from '../findings/watches.ts';
import type { ExperienceReport, JourneyStatus } from '../report-model/experience-report.ts';
import type { Acknowledgement } from '../report-model/known-issue.ts';
import { dataDir } from '../runtime/paths.ts';
import { acknowledge, acknowledgements, removeAcknowledgement } from './acknowledgements.ts';
import { alertState, lastTold, setAlertState, type AlertState } from './alert-state.ts';
import type { JourneyRun, JourneyStreak } from './journey-runs.ts';
import { openPostgresDatabase } from './postgres/postgres-database.ts';
import { isoTime, recordRun } from './record-run.ts';
import { failingFindings, trendRows, type TrendRow } from './trend-rows.ts';
import { journeyRuns, journeyStreak, latestResult, latestRun } from './run-queries.ts';
import { openSqliteDatabase } from './sqlite/sqlite-database.ts';
import type { StoreDatabase } from './store-database.ts';
import { dueWatches, openWatches } from './watch-queries.ts';

/**
 * The run history: every run's report, each journey's results, alert state, the watches runs
 * left for later runs and how later runs judged them. Every failure is a StoreError.
 */
export interface RunStore {
  /** The SQLite file, or the PostgreSQL URL with its password masked. */
  readonly location: string;
  /** One transaction with its watches and the watches it judged; the same runId twice replaces it. */
  recordRun(report: ExperienceReport): Promise<void>;
  /** The whole report of the latest run, whatever its target, as recorded (for `mystery-shopper report`). */
  latestRun(): Promise<ExperienceReport | undefined>;
  /**
   * One target's history: its journeys' runs, streaks, alert state and watches. A run against
   * another target (the demo company's fault runs) never shows in it.
   */
  forTarget(targetId: string): TargetHistory;
  close(): Promise<void>;
}

/** What the store knows of one target's runs: recorded by recordRun under the report's target.id. */
export interface TargetHistory {
  /** Newest first. */
  journeyRuns(journeyId: string, limit: number): Promise<JourneyRun[]>;
  /** The journey's latest recorded result and the kinds of its findings; undefined when it never ran against the target. */
  latestResult(journeyId: string): Promise<(JourneyRun & { kinds: string[] }) | undefined>;
  /** The latest recorded runs in a row that had `status`, leaving out the run `excludeRunId`. */
  journeyStreak(journeyId: string, status: JourneyStatus, excludeRunId: string): Promise<JourneyStreak>;
  /** What was last alerted for a journey on one alert channel, for change-only alerts. */
  alertState(journeyId: string, channel: string): Promise<AlertState | undefined>;
  /** What a channel was last told of a journey, and when (for reminders). */
  lastTold(journeyId: string, channel: string): Promise<{ state: AlertState; at: string } | undefined>;
  /** `at`: when the channel was told (default: now). */
  setAlertState(journeyId: string, channel: string, state: AlertState, at?: string): Promise<void>;
  /** Watches no run has judged yet that are due at `now`, the longest due first. */
  dueWatches(now: Date): Promise<Watch[]>;
  /** Every watch no run has judged yet. */
  openWatches(): Promise<Watch[]>;
  /** Its journeys' results from `from` (ISO) on, oldest first, for the trends. */
  trendRows(from: string): Promise<TrendRow[]>;
  /** The finding kinds of its failing results (not in maintenance) from `from` on, oldest first. */
  failingFindings(from: string): Promise<Array<{ journeyId: string; startedAt: string; kinds: string[] }>>;
  /** The target's known issues (`mystery-shopper ack`), by journey; one ends when its journey passes. */
  acknowledgements(): Promise<Acknowledgement[]>;
  acknowledge(ack: Acknowledgement): Promise<void>;
  /** False when the journey had no acknowledgement. */
  removeAcknowledgement(journeyId: string): Promise<boolean>;
}

export interface RunStoreOptions {
  /** How long to wait for another process's write to finish before a SQLite store counts as locked. */
  busyTimeoutMs?: number;
}

/** Long enough for another run's transaction to end; a process that holds the lock longer is reported. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens the run store the environment names: PostgreSQL when DATABASE_URL is set, else the SQLite
 * file at storePath(). Creates what is missing and brings its schema up to date; throws StoreError
 * for a store that cannot be used, which is then left as it was.
 */
export function openRunStore(env: NodeJS.ProcessEnv = process.env, options: RunStoreOptions = {}): Promise<RunStore> {
  return env.DATABASE_URL ? openPostgresRunStore(env.DATABASE_URL) : openSqliteRunStore(storePath(env), options);
}

/** The SQLite store at `file`, created (with its folder) when there is none. */
export async function openSqliteRunStore(file: string, options: RunStoreOptions = {}): Promise<RunStore> {
  return runStoreOver(openSqliteDatabase(file, options.busyTimeoutMs ?? BUSY_TIMEOUT_MS));
}

/** The PostgreSQL store at `url` (see docs/run-history.md for its `schema` parameter). */
export async function openPostgresRunStore(url: string): Promise<RunStore> {
  return runStoreOver(await openPostgresDatabase(url));
}

/** MYSTERY_SHOPPER_STORE, else history.sqlite in the data folder. */
export function storePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.MYSTERY_SHOPPER_STORE ? path.resolve(env.MYSTERY_SHOPPER_STORE) : path.join(dataDir(env), 'history.sqlite');
}

function runStoreOver(db: StoreDatabase): RunStore {
  return {
    location: db.location,
    recordRun: (report) => recordRun(db, report),
    latestRun: () => latestRun(db),
    forTarget: (targetId) => ({
      journeyRuns: (journeyId, limit) => journeyRuns(db, targetId, journeyId, limit),
      latestResult: (journeyId) => latestResult(db, targetId, journeyId),
      journeyStreak: (journeyId, status, excludeRunId) => journeyStreak(db, targetId, journeyId, status, excludeRunId),
      alertState: (journeyId, channel) => alertState(db, targetId, journeyId, channel),
      lastTold: (journeyId, channel) => lastTold(db, targetId, journeyId, channel),
      setAlertState: (journeyId, channel, state, at) => setAlertState(db, targetId, journeyId, channel, state, at),
      dueWatches: (now) => dueWatches(db, targetId, now),
      openWatches: () => openWatches(db, targetId),
      trendRows: (from) => trendRows(db, targetId, isoTime(from)),
      failingFindings: (from) => failingFindings(db, targetId, isoTime(from)),
      acknowledgements: () => acknowledgements(db, targetId),
      acknowledge: (ack) => acknowledge(db, targetId, ack),
      removeAcknowledgement: (journeyId) => removeAcknowledgement(db, targetId, journeyId),
    }),
    close: () => db.close(),
  };
}
