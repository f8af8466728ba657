import type { CompanyAdapter } from './company-adapter.ts';
import { demoShop } from './demo-shop/index.ts';

/** The part of a company's website each journey drives (its page interface, in journeys/<id>/). */
const JOURNEY_PAGES: Record<string, keyof CompanyAdapter> = {
  unsubscribe: 'newsletter',
  'rent-car': 'carRental',
  'pay-and-get-ticket': 'flights',
  'enquiry-answered': 'support',
  'promise-kept': 'membership',
  'contact-frequency': 'contactPreferences',
  'track-delivery': 'deliveries',
};

/** The parts each adapter has; 'generic' is built from configuration and drives only these two. */
const ADAPTER_PAGES: Record<string, ReadonlyArray<keyof CompanyAdapter>> = {
  'demo-shop': Object.keys(demoShop) as Array<keyof CompanyAdapter>,
  generic: ['newsletter', 'support'],
};

/**
 * Why a target cannot run a journey, or undefined when it can: the journey drives pages the
 * target's adapter does not have (for `mystery-shopper list --target`). A journey of no known
 * pages, or an adapter of unknown parts, is left to the run to judge.
 */
export function whyJourneyCannotRun(journeyId: string, target: { id: string; adapter?: string }): string | undefined {
  const pages = JOURNEY_PAGES[journeyId];
  if (!pages) return undefined;
  if (!target.adapter) return `targets.${target.id}.adapter is not set, and this journey drives the website's ${pages} pages`;
  const has = ADAPTER_PAGES[target.adapter];
  if (!has || has.includes(pages)) return undefined;
  return `the "${target.adapter}" adapter has no ${pages} pages (its pages: ${has.join(', ')}); write an adapter with them in journeys/adapters/`;
}
