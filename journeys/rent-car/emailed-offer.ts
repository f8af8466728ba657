import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { JourneyParts } from '../journey-parts.ts';
import type { CarOffer } from './car-rental-pages.ts';

/** The offer email for this car that reached the shopper after asking, or undefined after `timeoutMs`. */
export function waitForOfferEmail(parts: JourneyParts, offer: CarOffer, askedAt: Date, timeoutMs: number): Promise<ReceivedEmail | undefined> {
  const { mailbox, shopper } = parts;
  return mailbox.waitFor({ to: shopper.email, receivedAfter: new Date(askedAt.getTime() - 1), where: isOfferFor(offer.car) }, timeoutMs);
}

/** An email that names the car: the offer for it. */
export function isOfferFor(car: string): (email: ReceivedEmail) => boolean {
  return (email) => `${email.subject}\n${email.text ?? ''}\n${email.html ?? ''}`.toLowerCase().includes(car.toLowerCase());
}
