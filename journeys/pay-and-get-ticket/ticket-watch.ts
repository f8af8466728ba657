import { detailOf, instantOf, optionalDetailOf, type WatchDetails } from '../../src/watches/watch-details.ts';
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
    item: order.item,
    proof: order.proof,
    paid: order.paid,
    paidAt: paidAt.toISOString(),
    finishedPayingAt: finishedPayingAt.toISOString(),
  }),
  read: (watch) => ({
    order: {
      orderNumber: detailOf(watch, 'orderNumber'),
      // Watches left before the checkout's nouns named the flight and the ticket.
      item: optionalDetailOf(watch, 'item') ?? detailOf(watch, 'flight'),
      proof: optionalDetailOf(watch, 'proof') ?? 'ticket',
      paid: detailOf(watch, 'paid'), address: detailOf(watch, 'address'),
    },
    finishedPayingAt: instantOf(watch, 'finishedPayingAt'),
    paidAt: instantOf(watch, 'paidAt'),
  }),
};
