import type { JourneyReport, JourneyStatus } from '../experience-report.ts';

/**
 * A journey as the HTML reads it: with the run history the store adds (since, streak, trend), which
 * is absent when the report was written without a store.
 */
export type JourneyView = JourneyReport & { history?: { since: string; streak: number; trend: JourneyStatus[] } };
