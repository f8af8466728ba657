import path from 'node:path';
import type { ExperienceReport, JourneyStatus } from '../reports/experience-report.ts';
import { dataDir } from '../runtime/paths.ts';
import { alertState, setAlertState, type AlertState } from './alert-state.ts';
import { openDatabase } from './open-database.ts';
import { recordRun } from './record-run.ts';
import { journeyRuns, latestRun } from './run-queries.ts';
import { toStoreError } from './store-error.ts';

export interface JourneyRun {
  runId: string;
  startedAt: string;
  status: JourneyStatus;
}

/** The run history: every run's report, each journey's results, alert state and resolved verdicts. */
export interface RunStore {
  /** One transaction; the same runId twice replaces it. */
  recordRun(report: ExperienceReport): void;
  /** The whole report as recorded (for `mystery-shopper report`). */
  latestRun(): ExperienceReport | undefined;
  /** Newest first. */
  journeyRuns(journeyId: string, limit: number): JourneyRun[];
  /** What was last alerted for a journey on one alert channel, for change-only alerts. */
  alertState(journeyId: string, channel: string): AlertState | undefined;
  setAlertState(journeyId: string, channel: string, state: AlertState): void;
  close(): void;
}

export interface RunStoreOptions {
  /** How long to wait for another process's write to finish before the store counts as locked. */
  busyTimeoutMs?: number;
}

/** Long enough for another run's transaction to end; a process that holds the lock longer is reported. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens the SQLite store at `file`, creating it (and its folder) when there is none, and brings
 * its schema up to date. Throws StoreError for a file that is corrupt, locked, not a store or from
 * a newer version; such a file is never written to.
 */
export function openRunStore(file: string, options: RunStoreOptions = {}): RunStore {
  const db = openDatabase(file, options.busyTimeoutMs ?? BUSY_TIMEOUT_MS);
  // A lock or a disk problem can also show up later, mid-run: it is reported the same way.
  const guard = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      throw toStoreError(file, error);
    }
  };
  return {
    recordRun: (report) => guard(() => recordRun(db, report)),
    latestRun: () => guard(() => latestRun(db)),
    journeyRuns: (journeyId, limit) => guard(() => journeyRuns(db, journeyId, limit)),
    alertState: (journeyId, channel) => guard(() => alertState(db, journeyId, channel)),
    setAlertState: (journeyId, channel, state) => guard(() => setAlertState(db, journeyId, channel, state)),
    close: () => db.close(),
  };
}

/** MYSTERY_SHOPPER_STORE, else history.sqlite in the data folder. */
export function storePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.MYSTERY_SHOPPER_STORE ? path.resolve(env.MYSTERY_SHOPPER_STORE) : path.join(dataDir(env), 'history.sqlite');
}
