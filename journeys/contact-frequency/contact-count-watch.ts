import { countOf, detailOf, instantOf, optionalDetailOf, type WatchDetails } from '../../src/watches/watch-details.ts';
import type { ContactCap } from './contact-cap.ts';
import type { ObservationWindow } from './contact-log.ts';
import type { OfferAddresses } from './observe-contacts.ts';

/** The contact count a later run makes: where offers go, the window, the cap, and a product already held. */
export interface WatchedContactCount {
  addresses: OfferAddresses;
  window: ObservationWindow;
  cap: ContactCap;
  heldProduct?: string;
}

/** The details of the `contact-overload` watch: written by the journey, read back by its judge. */
export const contactCountDetails: WatchDetails<WatchedContactCount> = {
  journey: 'contact-frequency',
  write: ({ addresses, window, cap, heldProduct }) => ({
    email: addresses.email,
    phone: addresses.phone,
    from: window.from.toISOString(),
    until: window.until.toISOString(),
    capMax: String(cap.max),
    capPerMs: String(cap.per),
    ...(heldProduct ? { heldProduct } : {}),
  }),
  read: (watch) => ({
    window: { from: instantOf(watch, 'from'), until: instantOf(watch, 'until') },
    cap: { max: countOf(watch, 'capMax'), per: countOf(watch, 'capPerMs') },
    addresses: { email: detailOf(watch, 'email'), phone: detailOf(watch, 'phone') },
    heldProduct: optionalDetailOf(watch, 'heldProduct'),
  }),
};
