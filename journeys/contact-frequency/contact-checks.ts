import { formatDuration } from '../../src/config/duration.ts';
import type { Evidence } from '../../src/findings/finding.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { attachEmail } from '../unsubscribe/marketing-email.ts';
import { contactsAllowed } from './contact-cap.ts';
import { countByChannel, plural, type MarketingContact, type ObservationWindow } from './contact-log.ts';
import { offersOf } from './held-products.ts';

/** No more marketing contacts in the window than the company promises. */
export async function checkContactCap(parts: JourneyParts, contacts: MarketingContact[], window: ObservationWindow, log: Evidence): Promise<void> {
  const { notebook, target } = parts;
  const { contactCap: cap } = target;
  const observation = window.until.getTime() - window.from.getTime();
  const allowed = contactsAllowed(cap, observation);
  if (contacts.length <= allowed) return;
  const over = contacts[allowed]!;
  const sample = contacts.find((contact) => contact.email !== undefined)?.email;
  await notebook.found({
    kind: 'contact-overload',
    customerImpact:
      `${target.name} contacted me ${contacts.length} times in ${formatDuration(observation)} (${countByChannel(contacts)}), ` +
      `though it promises at most ${cap.max} per ${formatDuration(cap.per)}`,
    expected: `At most ${allowed} marketing contacts, emails and texts together, in the ${formatDuration(observation)} after I agreed to offers`,
    observed:
      `${contacts.length} contacts between ${window.from.toISOString()} and ${window.until.toISOString()} (${countByChannel(contacts)}); ` +
      `contact ${allowed + 1}, "${over.summary}" by ${over.channel}, came ${after(over, window)} after I agreed`,
    evidence: [log, ...(sample ? [await attachEmail(notebook, 'a marketing email', sample)] : [])],
  });
}

/** No offer for the product the customer already holds. */
export async function checkNoOfferForHeldProduct(
  parts: JourneyParts,
  contacts: MarketingContact[],
  product: string,
  window: ObservationWindow,
  log: Evidence,
): Promise<void> {
  const { notebook, target } = parts;
  const offers = offersOf(contacts, product);
  const [first] = offers;
  if (first === undefined) return;
  const evidence = first.email
    ? await attachEmail(notebook, `offer for ${product}`, first.email)
    : await notebook.evidence(`offer for ${product} by text`, `Received: ${first.receivedAt.toISOString()}\n\n${first.summary}`, 'text/plain');
  await notebook.found({
    kind: 'contact-overload',
    customerImpact: `${target.name} offered me ${product}, which I already hold: ${plural(offers.length, 'offer')} (${countByChannel(offers)})`,
    expected: `No offer for ${product}: I bought it before I agreed to offers`,
    observed: offers
      .slice(0, 3)
      .map((offer) => `"${offer.summary}" by ${offer.channel}, ${after(offer, window)} after I agreed`)
      .join('; '),
    evidence: [evidence, log],
  });
}

function after(contact: MarketingContact, window: ObservationWindow): string {
  return formatDuration(contact.receivedAt.getTime() - window.from.getTime());
}
