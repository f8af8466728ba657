import { detailOf, instantOf, optionalDetailOf, type WatchDetails } from '../../src/watches/watch-details.ts';
import type { EmailOptOut } from './opt-out-ignored.ts';

/** The opt-out a later run holds the company to; the company is named by the run that judges. */
export type WatchedOptOut = Omit<EmailOptOut, 'companyName'>;

/** The details of the `opt-out-ignored` watch: written by the journey, read back by its judge. */
export const optOutDetails: WatchDetails<WatchedOptOut> = {
  journey: 'unsubscribe',
  write: ({ address, unsubscribedAt, graceEndsAt, marketingSenders = [], unmarkedSender }) => ({
    address,
    unsubscribedAt: unsubscribedAt.toISOString(),
    graceEndsAt: graceEndsAt.toISOString(),
    ...(marketingSenders.length > 0 ? { marketingSenders: marketingSenders.join(',') } : {}),
    ...(unmarkedSender ? { unmarkedSender } : {}),
  }),
  read: (watch) => ({
    address: detailOf(watch, 'address'),
    unsubscribedAt: instantOf(watch, 'unsubscribedAt'),
    graceEndsAt: instantOf(watch, 'graceEndsAt'),
    marketingSenders: optionalDetailOf(watch, 'marketingSenders')?.split(',').filter(Boolean),
    unmarkedSender: optionalDetailOf(watch, 'unmarkedSender'),
  }),
};
