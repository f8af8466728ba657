import type { JourneyStatus } from '../report-model/experience-report.ts';

// The store's rows of a journey's history, read by the run store's queries and its users.

export interface JourneyRun {
  runId: string;
  startedAt: string;
  status: JourneyStatus;
  /** Its run fell in a maintenance window: it counts for no alert and in no trend. */
  maintenance?: true;
}

/** A journey's recorded runs in a row with one status, the newest first: how many, since when. */
export interface JourneyStreak {
  runs: number;
  /** When the first of them started; undefined when there are none. */
  since?: string;
}
