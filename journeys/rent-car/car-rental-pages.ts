import type { Page } from '@playwright/test';
import type { Money } from '../../src/money/money.ts';
import type { Shopper } from '../shopper.ts';

/** The loyalty card the shopper signs in with. Its number is never written into findings. */
export interface LoyaltyCard {
  number: string;
  password: string;
}

/** A search as the customer puts it: a class of car from one calendar day to another. */
export interface CarSearch {
  /** The class in the customer's words, e.g. "compact". */
  carClass: string;
  /** "YYYY-MM-DD". */
  pickUp: string;
  /** "YYYY-MM-DD". */
  dropOff: string;
}

/** One search result as the customer sees it. */
export interface CarOffer {
  /** The car as the result names it, e.g. "Compact". */
  car: string;
  /** The price shown for the whole rental. */
  total: Money;
}

/** What the rent-car journey needs from a website. */
export interface CarRentalPages {
  /**
   * The shopper's loyalty card. A real company's adapter returns the card of its test account
   * (from configuration or .env); the demo's joins the programme with the shopper's address.
   */
  ensureMember(page: Page, webUrl: string, shopper: Shopper): Promise<LoyaltyCard>;
  signInWithLoyaltyCard(page: Page, webUrl: string, card: LoyaltyCard): Promise<void>;
  /** Searches with the site's form and reads the result for the class; the results stay on screen. */
  search(page: Page, webUrl: string, search: CarSearch): Promise<CarOffer>;
  /** On the results page of a search, asks for that result's offer by email; returns once the site confirms. */
  askForOfferByEmail(page: Page, offer: CarOffer): Promise<void>;
}
