import type { WatchJudge } from '../../src/watches/judge-registry.ts';
import { broken, passed } from '../../src/watches/judgements.ts';
import { arrivedBy, dueAtOf } from '../../src/watches/watch-details.ts';
import { isTicketFor } from './ticket-email.ts';
import { ticketNotDelivered } from './ticket-not-delivered.ts';
import { ticketDetails } from './ticket-watch.ts';

/**
 * The ticket check, when the ticket delivery SLA outlasted the run: an email naming the order,
 * sent after paying and arrived by the due time, delivers the ticket; none breaks the promise.
 */
export const ticketJudge: WatchJudge = {
  journey: ticketDetails.journey,
  kind: 'ticket-not-delivered',
  judge: async (watch, { mailbox, now }) => {
    const dueAt = dueAtOf(watch);
    const { order: paid, paidAt, finishedPayingAt } = ticketDetails.read(watch);
    const order = { ...paid, slaMs: dueAt.getTime() - finishedPayingAt.getTime() };
    const receivedAfter = new Date(paidAt.getTime() - 1);
    const [ticket] = await mailbox.list({ to: order.address, receivedAfter, where: arrivedBy(dueAt, isTicketFor(order.orderNumber)) });
    return ticket ? passed(watch, now) : broken(watch, now, ticketNotDelivered(order));
  },
};
