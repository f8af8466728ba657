import type { Page } from '@playwright/test';
import type { Shopper } from '../shopper.ts';

/** What the unsubscribe journey needs from a website. */
export interface NewsletterPages {
  /** Signs the shopper up for marketing email, as a customer would. */
  subscribe(page: Page, webUrl: string, shopper: Shopper): Promise<void>;
}
