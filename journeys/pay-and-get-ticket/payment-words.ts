import type { PaymentState } from './checkout-pages.ts';

// For web adapters: a page's English words about a payment, read as a state. API adapters return
// the state their shop's API gives; a shop in another language adds its words here or reads its own.
const NOT_PAID =
  /\b(un ?paid|not (yet )?(been )?(paid|charged|received|taken|completed|successful)|no payment|(have|has)( not|n't) (been )?received|unsuccessful|failed|declined|could not be completed|pending|cancell?ed)\b/i;
const PAID = /\b(paid|successful|succeeded|received|charged|captured|confirmed|completed?|booked|went through)\b/i;

/** Reads "paid" / "unpaid" / "Your payment was successful" / "We have not received any payment". */
export function paymentStateIn(text: string): PaymentState {
  if (NOT_PAID.test(text)) return 'failed';
  return PAID.test(text) ? 'paid' : 'unknown';
}
