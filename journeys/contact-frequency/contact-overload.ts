import { formatDuration } from '../../src/config/duration.ts';
import { emailDraft, type Breach, type EvidenceDraft } from '../../src/findings/evidence-draft.ts';
import { contactsAllowed, type ContactCap } from './contact-cap.ts';
import { mostCallsInOneDay } from './call-timeline.ts';
import { countByChannel, plural, type MarketingContact, type ObservationWindow } from './contact-log.ts';
import { offersOf } from './held-products.ts';

/** What the company promised the customer who agreed to offers, over the window counted. */
export interface ContactPromise {
  companyName: string;
  cap: ContactCap;
  window: ObservationWindow;
}

/**
 * More marketing contacts in the window than the cap allows, with a marketing email as a sample;
 * undefined when the company kept to its cap. The contact log and call timeline are the caller's to add.
 */
export function overCap(promise: ContactPromise, contacts: readonly MarketingContact[]): Breach | undefined {
  const { companyName, cap, window } = promise;
  const observation = window.until.getTime() - window.from.getTime();
  const allowed = contactsAllowed(cap, observation);
  if (contacts.length <= allowed) return undefined;
  const over = contacts[allowed]!;
  const sample = contacts.find((contact) => contact.email !== undefined)?.email;
  return {
    finding: {
      kind: 'contact-overload',
      customerImpact:
        `${companyName} contacted me ${contacts.length} times in ${formatDuration(observation)} (${countByChannel(contacts)}), ` +
        `though it promises at most ${cap.max} per ${formatDuration(cap.per)}`,
      expected: `At most ${allowed} marketing contacts, emails and texts together, in the ${formatDuration(observation)} after I agreed to offers`,
      observed:
        `${contacts.length} contacts between ${window.from.toISOString()} and ${window.until.toISOString()} (${countByChannel(contacts)}); ` +
        `contact ${allowed + 1}, "${over.summary}" by ${over.channel}, came ${after(over, window)} after I agreed`,
    },
    evidence: sample ? [emailDraft('a marketing email', sample)] : [],
  };
}

/**
 * Offers for the product the customer already holds, with the first one as evidence; undefined
 * when none came. The contact log and call timeline are the caller's to add.
 */
export function heldProductOffered(promise: ContactPromise, contacts: readonly MarketingContact[], product: string): Breach | undefined {
  const offers = offersOf(contacts, product);
  const [first] = offers;
  if (first === undefined) return undefined;
  return {
    finding: {
      kind: 'contact-overload',
      customerImpact: calledAbout(promise.companyName, offers, product),
      expected: `No offer for ${product}: I bought it before I agreed to offers`,
      observed: offers
        .slice(0, 3)
        .map((offer) => `"${offer.summary}" by ${offer.channel}, ${after(offer, promise.window)} after I agreed`)
        .join('; '),
    },
    evidence: [offerDraft(first, product)],
  };
}

/** As the customer tells it: "5 sales calls in one day from … about …" when they were called about it, else the offers counted. */
function calledAbout(companyName: string, offers: readonly MarketingContact[], product: string): string {
  const calls = mostCallsInOneDay(offers);
  if (calls === 0) return `${companyName} offered me ${product}, which I already hold: ${plural(offers.length, 'offer')} (${countByChannel(offers)})`;
  const written = offers.filter((offer) => offer.channel !== 'call').length;
  return `${plural(calls, 'sales call')} in one day from ${companyName} about ${product}, which I already hold${written > 0 ? `; ${plural(written, 'more offer')} by email or text` : ''}`;
}


function offerDraft(offer: MarketingContact, product: string): EvidenceDraft {
  if (offer.email) return emailDraft(`offer for ${product}`, offer.email);
  if (offer.channel === 'call') return { name: `sales call about ${product}`, body: `Called: ${offer.receivedAt.toISOString()}\nFrom: ${offer.from}\n\n${offer.words}`, contentType: 'text/plain' };
  return { name: `offer for ${product} by text`, body: `Received: ${offer.receivedAt.toISOString()}\n\n${offer.summary}`, contentType: 'text/plain' };
}

function after(contact: MarketingContact, window: ObservationWindow): string {
  return formatDuration(contact.receivedAt.getTime() - window.from.getTime());
}
