import { checkOrWatch } from '../../src/findings/check-or-watch.ts';
import { websitePart, type JourneyParts } from '../journey-parts.ts';
import { checkAdvanceNotice } from './advance-notice.ts';
import type { PlacedOrder } from './delivery-pages.ts';
import { noticeDetails } from './notice-watch.ts';
import { checkTrackingPage } from './tracking-page.ts';

/**
 * A customer waiting for a parcel: orders with home delivery, follows the parcel on the tracking
 * page, and expects to be told before the courier comes, with a pick-up point as the alternative.
 */
export class TrackDeliveryJourney {
  private order: PlacedOrder | undefined;
  private orderedAt = new Date();
  /** When the shop confirmed the order: the notice is promised within a time of this, not of starting to order. */
  private confirmedAt = new Date();

  constructor(readonly parts: JourneyParts) {}

  async orderWithHomeDelivery(): Promise<void> {
    const { page, target, shopper, notebook } = this.parts;
    if (!target.webUrl) throw new Error(`targets.${target.id}.webUrl is not set; ordering needs the company's website`);
    this.orderedAt = new Date();
    this.order = await websitePart(this.parts, 'deliveries').orderWithHomeDelivery(page, target.webUrl, shopper);
    this.confirmedAt = new Date();
    await notebook.evidence(`order confirmation ${this.order.reference}`, await page.screenshot({ fullPage: true }), 'image/png');
  }

  async expectClearTracking(): Promise<void> {
    await checkTrackingPage(this.parts, this.placed());
  }

  async expectAdvanceNotice(): Promise<void> {
    const { target, shopper } = this.parts;
    const order = this.placed();
    const dueAt = new Date(this.confirmedAt.getTime() + target.timing.deliveryNoticeWait);
    await checkOrWatch(this.parts, {
      dueAt,
      maxWaitInRun: target.timing.maxWaitInRun,
      watch: {
        check: `an advance notice with a time window and a pick-up point alternative for order ${order.reference} reaches ${shopper.email} or ${shopper.phone}`,
        kind: 'tracking-unclear',
        codec: noticeDetails,
        details: { order, orderedAt: this.orderedAt, to: shopper },
      },
      // Waits until the due time itself, by email and by text.
      checkNow: () => checkAdvanceNotice(this.parts, { order, orderedAt: this.orderedAt, dueAt }),
    });
  }

  private placed(): PlacedOrder {
    if (!this.order) throw new Error('No order yet: a step must first place one');
    return this.order;
  }
}
