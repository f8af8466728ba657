import { notifyChanges } from '../alerts/notify-changes.ts';
import type { AlertChannel } from '../config/alert-schema.ts';
import type { Watch } from '../findings/watches.ts';
import { openRunStore, type RunStore } from '../store/run-store.ts';
import { StoreError } from '../store/store-error.ts';
import { withHistory } from '../store/with-history.ts';
import type { ExperienceReport } from '../report-model/experience-report.ts';
import { withTrends } from './trends.ts';

/**
 * The run store as the experience reporter uses it. A store that cannot be used never stops the
 * report: the report is written without history and says why in `storeError`, and the CLI then
 * ends the run as a harness error (exit 2).
 */
export class RunHistory {
  private constructor(
    private store: RunStore | undefined,
    private error: StoreError | undefined,
  ) {}

  /** The store the environment names (see openRunStore), or the reason it cannot be used. */
  static async open(open: () => Promise<RunStore> = () => openRunStore()): Promise<RunHistory> {
    try {
      return new RunHistory(await open(), undefined);
    } catch (error) {
      return new RunHistory(undefined, asStoreError(error));
    }
  }

  /**
   * The watches earlier runs against the target left that are due now. None when the store cannot be used: nothing is
   * judged then, and nothing is lost, as the watches stay in the store for a run that can record.
   */
  async dueWatches(targetId: string, now: Date): Promise<Watch[]> {
    if (!this.store) return [];
    try {
      return await this.store.forTarget(targetId).dueWatches(now);
    } catch (error) {
      await this.fail(error);
      return [];
    }
  }

  /** The report with each journey's history (this run included), or with the reason there is none. */
  async addHistory(report: ExperienceReport): Promise<ExperienceReport> {
    if (this.store) {
      try {
        return await withHistory(report, this.store);
      } catch (error) {
        await this.fail(error);
      }
    }
    return { ...report, storeError: this.error!.message };
  }

  /** The report with its target's trends (src/reports/trends.ts), once it is recorded; as it was when the store fails. */
  async addTrends(report: ExperienceReport, days?: number): Promise<ExperienceReport> {
    if (!this.store || report.storeError) return report;
    try {
      return await withTrends(report, this.store.forTarget(report.target.id), days);
    } catch (error) {
      await this.fail(error);
      return report;
    }
  }

  /** Records the report as written, evidence paths and all; false when the store failed. */
  async record(report: ExperienceReport): Promise<boolean> {
    if (!this.store) return false;
    try {
      await this.store.recordRun(report);
      return true;
    } catch (error) {
      await this.fail(error);
      return false;
    }
  }

  /** Tells the alert channels about the journeys whose state changed (the run must be recorded). */
  async notify(report: ExperienceReport, channels: readonly AlertChannel[]): Promise<void> {
    if (this.store && channels.length > 0) await notifyChanges(report, this.store.forTarget(report.target.id), channels);
  }

  async close(): Promise<void> {
    const store = this.store;
    this.store = undefined;
    await store?.close();
  }

  private async fail(error: unknown): Promise<void> {
    this.error = asStoreError(error);
    await this.close();
  }
}

function asStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  throw error;
}
