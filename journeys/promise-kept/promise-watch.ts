import { detailOf, instantOf, type WatchDetails } from '../../src/watches/watch-details.ts';
import type { PromiseTerms } from './promise-findings.ts';

/** What a promise-kept watch waits for: support's written confirmation, or the renewal notice. */
export type PromiseAwaits = 'confirmation' | 'renewal notice';

/** The promise a later run holds the company to, what it waits for, and where it comes. */
export interface WatchedPromise {
  awaits: PromiseAwaits;
  address: string;
  terms: PromiseTerms;
}

/**
 * The details of the `promise-broken` watches: written by the journey, read back by their judge.
 * Renewal dates are kept as ISO days, to compare exactly.
 */
export const promiseDetails: WatchDetails<WatchedPromise> = {
  journey: 'promise-kept',
  write: ({ awaits, address, terms }) => ({
    awaits,
    address,
    originalRenewal: isoDay(terms.originalRenewal),
    promisedRenewal: isoDay(terms.promisedRenewal),
    promisedAt: terms.promisedAt.toISOString(),
  }),
  read: (watch) => {
    const awaits = detailOf(watch, 'awaits');
    if (awaits !== 'confirmation' && awaits !== 'renewal notice') throw new Error(`the watch awaits "${awaits}", neither a confirmation nor a renewal notice`);
    const terms = { originalRenewal: instantOf(watch, 'originalRenewal'), promisedRenewal: instantOf(watch, 'promisedRenewal'), promisedAt: instantOf(watch, 'promisedAt') };
    return { awaits, terms, address: detailOf(watch, 'address') };
  },
};

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
