import type { TargetConfig } from '../../src/config/schema.ts';
import type { AuditTarget } from '../../src/runtime/audit-target.ts';
import type { CompanyAdapter } from './company-adapter.ts';
import { loadCompanyAdapter } from './index.ts';

/** The part of a company's adapter each journey drives (its page interface, in journeys/<id>/). */
const JOURNEY_PAGES: Record<string, keyof CompanyAdapter> = {
  unsubscribe: 'newsletter',
  'rent-car': 'carRental',
  'pay-and-get-ticket': 'checkout',
  'enquiry-answered': 'support',
  'promise-kept': 'membership',
  'contact-frequency': 'contactPreferences',
  'track-delivery': 'deliveries',
};

/**
 * Why a target cannot run a journey, or undefined when it can: the journey drives a part of the
 * company's site that the target's adapter does not have (for `mystery-shopper list --target`).
 * The adapter is loaded as a run loads it; an adapter that cannot be loaded is the reason given.
 * A journey of no known part is left to the run to judge.
 */
export async function whyJourneyCannotRun(journeyId: string, target: { id: string; config: TargetConfig }): Promise<string | undefined> {
  const part = JOURNEY_PAGES[journeyId];
  if (!part) return undefined;
  let adapter: CompanyAdapter;
  try {
    // What an adapter built from configuration reads of its target: the config, nothing the run starts.
    adapter = await loadCompanyAdapter({ ...target.config, id: target.id, allowedOrigins: [] } as unknown as AuditTarget);
  } catch (error) {
    return (error as Error).message;
  }
  if (adapter[part]) return undefined;
  const parts = Object.keys(adapter).join(', ') || 'none';
  return `the "${target.config.adapter}" adapter has no ${part} part (its parts: ${parts}); add one in journeys/adapters/${target.config.adapter}/ (docs/adapters.md)`;
}
