import type { Evidence } from '../../src/findings/finding.ts';
import { keepAllEvidence, type Breach } from '../../src/findings/evidence-draft.ts';
import type { JourneyParts } from '../journey-parts.ts';
import type { MarketingContact, ObservationWindow } from './contact-log.ts';
import { heldProductOffered, overCap, type ContactPromise } from './contact-overload.ts';

/** No more marketing contacts in the window than the company promises. */
export async function checkContactCap(parts: JourneyParts, contacts: MarketingContact[], window: ObservationWindow, logs: Evidence[]): Promise<void> {
  await report(parts, overCap(promiseOf(parts, window), contacts), logs);
}

/** No offer for the product the customer already holds. */
export async function checkNoOfferForHeldProduct(
  parts: JourneyParts,
  contacts: MarketingContact[],
  product: string,
  window: ObservationWindow,
  logs: Evidence[],
): Promise<void> {
  await report(parts, heldProductOffered(promiseOf(parts, window), contacts, product), logs);
}

function promiseOf({ target }: JourneyParts, window: ObservationWindow): ContactPromise {
  return { companyName: target.name, cap: target.contactCap, window };
}

async function report({ notebook }: JourneyParts, breach: Breach | undefined, logs: Evidence[]): Promise<void> {
  if (!breach) return;
  await notebook.found({ ...breach.finding, evidence: [...(await keepAllEvidence(notebook, breach.evidence)), ...logs] });
}
