import type { LedgerCapture } from '../../src/channels/api/payment-ledger.ts';
import type { FindingDraft } from '../../src/findings/finding.ts';
import { amountOf, listOf } from './charge-checks.ts';
import type { PaymentStatement } from './checkout-pages.ts';

/** What the shop told the customer, channel by channel, after the last attempt. */
export interface ShopStatements {
  /** The answer to the last "Pay". */
  paymentPage: PaymentStatement;
  /** The order's payment in the account's order list; undefined when it is not listed. */
  orderList: PaymentStatement | undefined;
  /** Customer support's answer to "was I charged for order N-…?"; undefined when the shop has no payment support channel (not checked). */
  support: PaymentStatement | undefined;
}

/**
 * The customer was charged (the ledger shows captures) while the payment page, the order list or
 * customer support says otherwise, or cannot say. Only the last payment page counts: an attempt
 * that failed before a confirmed retry told the truth at the time.
 */
export function findPaymentDisagreement(orderNumber: string, captures: readonly LedgerCapture[], shop: ShopStatements): FindingDraft | undefined {
  if (captures.length === 0) return undefined;
  const { paymentPage, orderList, support } = shop;
  const wrong = [
    ...(paymentPage.state === 'paid' ? [] : [`the payment page said "${paymentPage.said}"`]),
    ...(orderList === undefined ? ['my order list does not show the order'] : orderList.state === 'paid' ? [] : [`my order list says "${orderList.said}"`]),
    ...(support === undefined || support.state === 'paid' ? [] : [`customer support says "${support.said}"`]),
  ];
  if (wrong.length === 0) return undefined;
  const charged = listOf(captures.map(amountOf));
  const supportContrast = support?.state === 'paid' ? `, while customer support says "${support.said}"` : '';
  const channels = support === undefined ? 'The payment page and the order list both say' : 'The payment page, the order list and customer support all say';
  return {
    kind: 'ambiguous-payment-error',
    customerImpact: `I cannot tell whether I paid for order ${orderNumber}: ${charged} ${captures.length === 1 ? 'was' : 'were'} taken from my card, yet ${listOf(wrong)}${supportContrast}`,
    expected: `${channels} order ${orderNumber} is paid, as the payment provider's ledger shows (${charged} captured)`,
    observed: [
      `payment page: "${paymentPage.said}"`,
      `order list: ${orderList === undefined ? 'the order is not listed' : `"${orderList.said}"`}`,
      `customer support: ${support === undefined ? 'not checked (the shop has no payment support channel)' : `"${support.said}"`}`,
      `ledger: ${captures.length} capture${captures.length === 1 ? '' : 's'} (${charged})`,
    ].join('; '),
  };
}
