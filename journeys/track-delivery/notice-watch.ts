import { detailOf, instantOf, type WatchDetails } from '../../src/watches/watch-details.ts';
import type { PlacedOrder } from './delivery-pages.ts';

/** The order a later run looks for the advance notice of, and where the notice may come. */
export interface WatchedNotice {
  order: PlacedOrder;
  orderedAt: Date;
  to: { email: string; phone: string };
}

/** The details of the `tracking-unclear` watch: written by the journey, read back by its judge. */
export const noticeDetails: WatchDetails<WatchedNotice> = {
  journey: 'track-delivery',
  write: ({ order, orderedAt, to }) => ({ order: order.reference, product: order.product, email: to.email, phone: to.phone, orderedAt: orderedAt.toISOString() }),
  read: (watch) => ({
    order: { reference: detailOf(watch, 'order'), product: detailOf(watch, 'product') },
    orderedAt: instantOf(watch, 'orderedAt'),
    to: { email: detailOf(watch, 'email'), phone: detailOf(watch, 'phone') },
  }),
};
