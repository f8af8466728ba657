import type { LedgerCapture } from '../../src/channels/api/payment-ledger.ts';
import type { FindingDraft } from '../../src/findings/finding.ts';
import { amountOf, listOf } from './charge-checks.ts';

/** What a channel of the shop says about the payment, read from its words. */
export type ChargeClaim = 'charged' | 'not-charged' | 'unclear';

/** What the shop told the customer, channel by channel, after the last attempt. */
export interface ShopStatements {
  /** The page after the last "Pay". */
  paymentPage: { paid: boolean; said: string };
  /** The order's status in the account's order list; undefined when it is not listed. */
  orderList: { status: string } | undefined;
  /** Customer support's answer to "was I charged for order N-…?". */
  support: string;
}

const NOT_CHARGED =
  /\b(un ?paid|not (yet )?(been )?(paid|charged|received|taken|completed|successful)|no payment|(have|has)( not|n't) (been )?received|unsuccessful|failed|declined|could not be completed|pending|cancell?ed)\b/i;
const CHARGED = /\b(paid|successful|succeeded|received|charged|captured|confirmed|completed?|booked|went through)\b/i;

/** Reads "paid" / "unpaid" / "Your payment was successful" / "We have not received any payment". */
export function chargeClaim(text: string): ChargeClaim {
  if (NOT_CHARGED.test(text)) return 'not-charged';
  return CHARGED.test(text) ? 'charged' : 'unclear';
}

/**
 * The customer was charged (the ledger shows captures) while the payment page, the order list or
 * customer support says otherwise, or cannot say. Only the last payment page counts: an attempt
 * that failed before a confirmed retry told the truth at the time.
 */
export function findPaymentDisagreement(orderNumber: string, captures: readonly LedgerCapture[], shop: ShopStatements): FindingDraft | undefined {
  if (captures.length === 0) return undefined;
  const wrong = [
    ...(shop.paymentPage.paid ? [] : [`the payment page said "${shop.paymentPage.said}"`]),
    ...(shop.orderList === undefined
      ? ['my order list does not show the order']
      : chargeClaim(shop.orderList.status) === 'charged'
        ? []
        : [`my order list says "${shop.orderList.status}"`]),
    ...(chargeClaim(shop.support) === 'charged' ? [] : [`customer support says "${shop.support}"`]),
  ];
  if (wrong.length === 0) return undefined;
  const charged = listOf(captures.map(amountOf));
  const supportContrast = chargeClaim(shop.support) === 'charged' ? `, while customer support says "${shop.support}"` : '';
  return {
    kind: 'ambiguous-payment-error',
    customerImpact: `I cannot tell whether I paid for order ${orderNumber}: ${charged} ${captures.length === 1 ? 'was' : 'were'} taken from my card, yet ${listOf(wrong)}${supportContrast}`,
    expected: `The payment page, the order list and customer support all say order ${orderNumber} is paid, as the payment provider's ledger shows (${charged} captured)`,
    observed: [
      `payment page: "${shop.paymentPage.said}"`,
      `order list: ${shop.orderList === undefined ? 'the order is not listed' : `"${shop.orderList.status}"`}`,
      `customer support: "${shop.support}"`,
      `ledger: ${captures.length} capture${captures.length === 1 ? '' : 's'} (${charged})`,
    ].join('; '),
  };
}
