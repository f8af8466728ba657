import type { Money } from '../../src/money/money.ts';
import type { Shop } from '../shop.ts';
import type { Shopper } from '../shopper.ts';

/** The card as the payment form (or API) asks for it. */
export interface PaymentCard {
  number: string;
  expiry: string;
  cvc: string;
  name: string;
}

/** Whether a channel of the shop says the order is paid: a fact the adapter reads, not words. */
export type PaymentState = 'paid' | 'failed' | 'unknown';

/** The checkout as the customer sees it, before paying. */
export interface CheckoutView {
  orderNumber: string;
  /** What is being bought, in the shop's words, e.g. "DS101 Helsinki → Lisbon" or "Taklampa Ljus". */
  item: string;
  /** The total shown (web adapters read it with readMoney, in the target's checkout.locale). */
  total: Money;
}

/** What the shop answered after "Pay": its state, the amount it says it took, and its own words. */
export interface PaymentOutcome {
  state: PaymentState;
  amount?: Money;
  said: string;
}

/** What one channel of the shop (the order list, customer support) says about the order's payment. */
export interface PaymentStatement {
  state: PaymentState;
  said: string;
  amount?: Money;
}

/**
 * What the pay-and-get-ticket journey needs from a shop, web or API: choose what to buy, see the
 * total, pay, try again, read my orders, ask support. Every method gets the shop (its URL, the
 * page, the API client). A web adapter reads status words with `paymentStateIn` (payment-words.ts).
 */
export interface CheckoutPages {
  /** Opens an account for the shopper (no marketing), signed in, so that orders are kept. */
  openAccount(shop: Shop, shopper: Shopper): Promise<void>;
  /** Chooses something to buy and goes to the checkout, where the total is shown. */
  choosePurchase(shop: Shop): Promise<CheckoutView>;
  /** Pays for the order with the card and reads the answer. */
  pay(shop: Shop, order: CheckoutView, card: PaymentCard): Promise<PaymentOutcome>;
  /** From a failed payment back to paying, the way the shop offers. */
  tryAgain(shop: Shop, order: CheckoutView): Promise<void>;
  /** The order's payment as the account's order list shows it; undefined when it is not listed. */
  orderInAccount(shop: Shop, orderNumber: string): Promise<PaymentStatement | undefined>;
  /**
   * Asks customer support a question about the payment and reads its answer. A shop without a
   * payment support channel leaves it out: that check is then "not checked", not a finding.
   */
  askPaymentSupport?(shop: Shop, question: string): Promise<PaymentStatement>;
}
