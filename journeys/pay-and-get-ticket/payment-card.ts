import { ConfigError } from '../../src/config/config-error.ts';
import { isPublishedTestCard } from '../../src/config/test-cards.ts';
import type { Money } from '../../src/money/money.ts';
import { paymentRefusal } from '../../src/safety/payment-approval.ts';
import type { JourneyParts } from '../journey-parts.ts';
import type { PaymentCard } from './checkout-pages.ts';

/**
 * The card the shopper pays this amount with: the target's, in the shopper's name. A card that is
 * not a published test card is refused unless the target allows real payments (checked when the
 * config is loaded, and again here); real money is paid only within the run's spend cap. A refused
 * payment ends the scenario not-run before the card is typed: nothing was judged, nothing charged.
 */
export async function approvedCard(parts: JourneyParts, amount: Money, what: string): Promise<PaymentCard> {
  const { target, shopper, notebook, spending } = parts;
  const payment = target.payment;
  if (!payment) throw new ConfigError(`targets.${target.id}.payment is not set: the shopper needs a (test) card to pay with`);
  if (!payment.allowRealPayments && !isPublishedTestCard(payment.card.number)) {
    throw new ConfigError(`targets.${target.id}.payment.card is not a published test card; set payment.allowRealPayments: true to pay with real money`);
  }
  const refusal = await paymentRefusal(payment, target.id, amount, what, spending);
  if (refusal) notebook.notRun(refusal);
  return { ...payment.card, name: shopper.name };
}
