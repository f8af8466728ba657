import { detailOf, instantOf, type WatchDetails } from '../../src/watches/watch-details.ts';
import { contactCountDetails } from './contact-count-watch.ts';
import type { TextOptOut } from './text-opt-out-ignored.ts';

/** The "no more texts" a later run holds the company to; the company is named by the run that judges. */
export type WatchedTextOptOut = Omit<TextOptOut, 'companyName'>;

/** The details of the text `opt-out-ignored` watch: written by the journey, read back by its judge. */
export const textOptOutDetails: WatchDetails<WatchedTextOptOut> = {
  journey: contactCountDetails.journey, // the journey's id is written once, in its contact-count codec
  write: ({ phone, optedOutAt, graceEndsAt }) => ({ phone, optedOutAt: optedOutAt.toISOString(), graceEndsAt: graceEndsAt.toISOString() }),
  read: (watch) => ({ phone: detailOf(watch, 'phone'), optedOutAt: instantOf(watch, 'optedOutAt'), graceEndsAt: instantOf(watch, 'graceEndsAt') }),
};
