import { arrivalsFor, readAdvanceNotice } from '../../journeys/track-delivery/notice-reading.ts';
import type { Judge } from './judge.ts';
import { breached, passed } from './judgements.ts';
import { detailOf, dueAtOf, instantOf } from './watch-details.ts';

/**
 * The advance notice, when the time the company may take to send it outlasted the run: read from
 * the emails and texts that arrived since ordering and by the due time, as the run reads them.
 */
export const judgeDeliveryNotice: Judge = async (watch, { mailbox, sms, now }) => {
  const awaited = {
    order: { reference: detailOf(watch, 'order'), product: detailOf(watch, 'product') },
    orderedAt: instantOf(watch, 'orderedAt'),
    dueAt: dueAtOf(watch),
  };
  const to = { email: detailOf(watch, 'email'), phone: detailOf(watch, 'phone') };
  const { finding, evidence } = readAdvanceNotice(awaited, await arrivalsFor({ mailbox, sms }, to, awaited));
  return finding ? breached(watch, now, { finding, evidence }) : passed(watch, now);
};
