import { isTicketFor } from '../../journeys/pay-and-get-ticket/ticket-email.ts';
import { ticketNotDelivered } from '../../journeys/pay-and-get-ticket/ticket-not-delivered.ts';
import type { Judge } from './judge.ts';
import { broken, passed } from './judgements.ts';
import { arrivedBy, detailOf, dueAtOf, instantOf } from './watch-details.ts';

/**
 * The ticket check, when the ticket delivery SLA outlasted the run: an email naming the order,
 * sent after paying and arrived by the due time, delivers the ticket; none breaks the promise.
 */
export const judgeTicket: Judge = async (watch, { mailbox, now }) => {
  const dueAt = dueAtOf(watch);
  const order = {
    orderNumber: detailOf(watch, 'orderNumber'),
    flight: detailOf(watch, 'flight'),
    paid: detailOf(watch, 'paid'),
    address: detailOf(watch, 'address'),
    slaMs: dueAt.getTime() - instantOf(watch, 'finishedPayingAt').getTime(),
  };
  const receivedAfter = new Date(instantOf(watch, 'paidAt').getTime() - 1);
  const [ticket] = await mailbox.list({ to: order.address, receivedAfter, where: arrivedBy(dueAt, isTicketFor(order.orderNumber)) });
  return ticket ? passed(watch, now) : broken(watch, now, ticketNotDelivered(order));
};
