import type { CompanyAdapter } from '../company-adapter.ts';
import { checkout } from './checkout.ts';

/**
 * How the journeys drive Lampbutiken (labs/lampbutiken): found by this folder's name (a target's
 * adapter: 'lampbutiken'), no registration. Its shop is an API; its ledger is Stripe, named in the
 * target's config.
 */
const adapter: CompanyAdapter = { checkout };

export default adapter;
