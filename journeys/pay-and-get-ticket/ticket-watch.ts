import { detailOf, instantOf, type WatchDetails } from '../../src/watches/watch-details.ts';
import type { PaidOrder } from './ticket-not-delivered.ts';

/**
 * The order a later run waits for the ticket of: an email counts from when paying started; the
 * SLA, which ends at the due time, from when paying finished.
 */
export interface WatchedTicket {
  order: Omit<PaidOrder, 'slaMs'>;
  paidAt: Date;
  finishedPayingAt: Date;
}

/** The details of the `ticket-not-delivered` watch: written by the journey, read back by its judge. */
export const ticketDetails: WatchDetails<WatchedTicket> = {
  journey: 'pay-and-get-ticket',
  write: ({ order, paidAt, finishedPayingAt }) => ({
    address: order.address,
    orderNumber: order.orderNumber,
    flight: order.flight,
    paid: order.paid,
    paidAt: paidAt.toISOString(),
    finishedPayingAt: finishedPayingAt.toISOString(),
  }),
  read: (watch) => ({
    order: { orderNumber: detailOf(watch, 'orderNumber'), flight: detailOf(watch, 'flight'), paid: detailOf(watch, 'paid'), address: detailOf(watch, 'address') },
    finishedPayingAt: instantOf(watch, 'finishedPayingAt'),
    paidAt: instantOf(watch, 'paidAt'),
  }),
};
