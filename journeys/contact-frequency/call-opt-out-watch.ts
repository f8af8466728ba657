import { detailOf, instantOf, type WatchDetails } from '../../src/watches/watch-details.ts';
import type { CallOptOut, SaidWhere } from './call-opt-out-ignored.ts';
import { contactCountDetails } from './contact-count-watch.ts';

/** The "do not call me" a later run holds the company to; the company is named by the run that judges. */
export type WatchedCallOptOut = Omit<CallOptOut, 'companyName'>;

/**
 * The details of the call `opt-out-ignored` watch: written by the journey, read back by its judge.
 * `channel: call` tells it from the text opt-out watch, which shares its journey and kind.
 */
export const callOptOutDetails: WatchDetails<WatchedCallOptOut> = {
  journey: contactCountDetails.journey,
  write: ({ phone, said, optedOutAt, graceEndsAt }) => ({ channel: 'call', phone, said, optedOutAt: optedOutAt.toISOString(), graceEndsAt: graceEndsAt.toISOString() }),
  read: (watch) => ({
    phone: detailOf(watch, 'phone'),
    said: detailOf(watch, 'said') === 'in-my-account' ? 'in-my-account' : ('on-the-phone' satisfies SaidWhere),
    optedOutAt: instantOf(watch, 'optedOutAt'),
    graceEndsAt: instantOf(watch, 'graceEndsAt'),
  }),
};

/** True for a watch the call opt-out check left. */
export function isCallOptOutWatch(watch: { details?: Record<string, string> }): boolean {
  return watch.details?.channel === 'call';
}
