import type { Page } from '@playwright/test';
import type { Shopper } from '../shopper.ts';

/** An order as its confirmation page shows it. */
export interface PlacedOrder {
  /** The order or parcel number the customer tracks it by. */
  reference: string;
  /** What was ordered, as the shop names it. */
  product: string;
}

/** What the track-delivery journey needs from a website. */
export interface DeliveryPages {
  /** Orders one product with home delivery to the shopper's address, giving the shopper's email and mobile. */
  orderWithHomeDelivery(page: Page, webUrl: string, shopper: Shopper): Promise<PlacedOrder>;
  /** Opens the order's tracking page, as a customer finds it, and returns what the page says as plain text. */
  openTracking(page: Page, webUrl: string, order: PlacedOrder): Promise<string>;
}
