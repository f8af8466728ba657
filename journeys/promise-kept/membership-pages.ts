import type { Page } from '@playwright/test';
import type { Shopper } from '../shopper.ts';

/** What the promise-kept journey needs from a website. */
export interface MembershipPages {
  /** Joins the membership as the shopper, creating the account where the website needs one. */
  join(page: Page, webUrl: string, shopper: Shopper): Promise<void>;
  /** Opens the account (signing in if asked) and returns what it says about the membership's renewal, as shown. */
  renewalOnAccount(page: Page, webUrl: string, shopper: Shopper): Promise<string>;
  /**
   * Writes to support in the channel the website offers signed-in members (a chat, a request
   * form; not email) and returns support's answer as shown. Leaves the page on that answer.
   */
  askSupport(page: Page, webUrl: string, shopper: Shopper, message: string): Promise<string>;
}
