import type { Page } from '@playwright/test';
import type { Shopper } from '../shopper.ts';

/**
 * What differs from company to company: how its pages are driven. A QA team writes one adapter
 * per website; the journeys stay the same.
 */
export interface CompanyAdapter {
  /** Signs the shopper up for marketing email on the website, as a customer would. */
  subscribeToNewsletter(page: Page, webUrl: string, shopper: Shopper): Promise<void>;
}
