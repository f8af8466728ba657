import { ConfigError } from '../../src/config/config-error.ts';
import { isPublishedTestCard } from '../../src/config/test-cards.ts';
import type { AuditTarget } from '../../src/runtime/audit-target.ts';
import type { Shopper } from '../shopper.ts';
import type { PaymentCard } from './flight-pages.ts';

/**
 * The card the shopper pays with: the target's, in the shopper's name. A card that is not a
 * published test card is refused unless the target allows real payments (checked when the config
 * is loaded, and again here, right before paying).
 */
export function payingCard(target: AuditTarget, shopper: Shopper): PaymentCard {
  const payment = target.payment;
  if (!payment) throw new ConfigError(`targets.${target.id}.payment is not set: the shopper needs a (test) card to pay with`);
  if (!payment.allowRealPayments && !isPublishedTestCard(payment.card.number)) {
    throw new ConfigError(`targets.${target.id}.payment.card is not a published test card; set allowRealPayments: true to pay with real money`);
  }
  return { ...payment.card, name: shopper.name };
}
