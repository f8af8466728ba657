import type { CompanyAdapter } from '../company-adapter.ts';
import { carRental } from './car-rental.ts';
import { contactPreferences } from './contact-preferences.ts';
import { deliveries } from './deliveries.ts';
import { checkout } from './checkout.ts';
import { membership } from './membership.ts';
import { newsletter } from './newsletter.ts';
import { support } from './support.ts';

/** The built-in demo company's website. */
export const demoShop: CompanyAdapter = { newsletter, carRental, checkout, support, membership, contactPreferences, deliveries };

export default demoShop;
