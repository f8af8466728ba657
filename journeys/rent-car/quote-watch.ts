import { money } from '../../src/money/money.ts';
import { instantOf, type WatchDetails } from '../../src/watches/watch-details.ts';
import type { QuoteRequest } from './quote-request.ts';

/** The offer a later run looks for, and when the customer asked for it. */
export interface WatchedQuote {
  request: QuoteRequest;
  askedAt: Date;
}

/**
 * The details of the `quote-mismatch` watch: written by the journey, read back by its judge. The
 * shown price is kept as currency and minor units, to compare exactly.
 */
export const quoteDetails: WatchDetails<WatchedQuote> = {
  journey: 'rent-car',
  write: ({ request: { car, pickUp, dropOff, shown, address }, askedAt }) => ({
    address,
    car,
    pickUp,
    dropOff,
    shownCurrency: shown.currency,
    shownMinor: String(shown.minor),
    askedAt: askedAt.toISOString(),
  }),
  read: (watch) => {
    const details = watch.details ?? {};
    const required = (name: string): string => {
      const value = details[name];
      if (!value) throw new Error(`the offer request has no details.${name}`);
      return value;
    };
    const shownMinor = required('shownMinor');
    if (!/^-?\d+$/.test(shownMinor)) throw new Error(`the offer request's shownMinor "${shownMinor}" is not a whole number`);
    const request = {
      address: required('address'),
      car: required('car'),
      pickUp: required('pickUp'),
      dropOff: required('dropOff'),
      shown: money(required('shownCurrency'), Number(shownMinor)),
    };
    return { request, askedAt: instantOf(watch, 'askedAt') };
  },
};
