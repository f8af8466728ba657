import type { Page } from '@playwright/test';
import type { Shopper } from '../shopper.ts';

/** The card as the payment form asks for it. */
export interface PaymentCard {
  number: string;
  expiry: string;
  cvc: string;
  name: string;
}

/** The checkout as the customer sees it, before paying. */
export interface CheckoutView {
  orderNumber: string;
  flight: string;
  /** The total as shown, e.g. "EUR 412.00". */
  total: string;
}

/** What the page said after "Pay": paid, or not, in its own words. */
export interface PaymentPageOutcome {
  paid: boolean;
  said: string;
}

/** What the pay-and-get-ticket journey needs from a website. */
export interface FlightPages {
  /** Opens an account for the shopper (no marketing), signed in, so that orders are kept. */
  openAccount(page: Page, webUrl: string, shopper: Shopper): Promise<void>;
  /** Chooses a flight and goes to the checkout, where the card form and the total are. */
  chooseFlight(page: Page, webUrl: string): Promise<CheckoutView>;
  /** Fills in the card on the checkout page, pays, and reads the page that follows. */
  pay(page: Page, card: PaymentCard): Promise<PaymentPageOutcome>;
  /** From a failed payment back to the card form, the way the page offers. */
  tryAgain(page: Page): Promise<void>;
  /** The order's status and amount in the account's order list; undefined when it is not listed. */
  orderInAccount(page: Page, webUrl: string, orderNumber: string): Promise<{ status: string; amount: string } | undefined>;
  /** Asks the company's customer support a question about a payment; returns its answer. */
  askPaymentSupport(page: Page, webUrl: string, question: string): Promise<string>;
}
