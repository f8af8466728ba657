import type { Page } from '@playwright/test';
import type { Shopper } from '../shopper.ts';

/** What the contact-frequency journey needs from a website. */
export interface ContactPreferencePages {
  /**
   * Opens an account without agreeing to offers, and buys a product that a customer goes on
   * holding (an insurance policy, a subscription); returns its name as the shop shows it.
   */
  buyProduct(page: Page, webUrl: string, shopper: Shopper): Promise<string>;
  /** In the signed-in account, agrees to offers by email, and by text and sales calls to the shopper's mobile. */
  agreeToOffers(page: Page, webUrl: string, shopper: Shopper): Promise<void>;
  /** Signs up for offers by email and by text at once. */
  signUpForOffers(page: Page, webUrl: string, shopper: Shopper): Promise<void>;
  /** In the signed-in account, says no to offers by text; offers by email stay as they are. */
  optOutOfTexts(page: Page, webUrl: string, shopper: Shopper): Promise<void>;
  /** Signs up for offers by phone (sales calls to the shopper's mobile) alone. */
  signUpForCalls(page: Page, webUrl: string, shopper: Shopper): Promise<void>;
  /** In the signed-in account, says no to sales calls ("do not call me"); other offers stay as they are. */
  optOutOfCalls(page: Page, webUrl: string, shopper: Shopper): Promise<void>;
}
