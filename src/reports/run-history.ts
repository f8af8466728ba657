import { openRunStore, type RunStore } from '../store/run-store.ts';
import { StoreError } from '../store/store-error.ts';
import { withHistory } from '../store/with-history.ts';
import type { ExperienceReport } from './experience-report.ts';

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

  static open(file: string): RunHistory {
    try {
      return new RunHistory(openRunStore(file), undefined);
    } catch (error) {
      return new RunHistory(undefined, asStoreError(error));
    }
  }

  /** The report with each journey's history (this run included), or with the reason there is none. */
  addHistory(report: ExperienceReport): ExperienceReport {
    if (this.store) {
      try {
        return withHistory(report, this.store);
      } catch (error) {
        this.fail(error);
      }
    }
    return { ...report, storeError: this.error!.message };
  }

  /** Records the report as written, evidence paths and all; false when the store failed. */
  record(report: ExperienceReport): boolean {
    if (!this.store) return false;
    try {
      this.store.recordRun(report);
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  close(): void {
    this.store?.close();
    this.store = undefined;
  }

  private fail(error: unknown): void {
    this.error = asStoreError(error);
    this.close();
  }
}

function asStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  throw error;
}
