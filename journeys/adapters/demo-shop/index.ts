import type { CompanyAdapter } from '../company-adapter.ts';
import { carRental } from './car-rental.ts';
import { contactPreferences } from './contact-preferences.ts';
import { deliveries } from './deliveries.ts';
import { flights } from './flights.ts';
import { membership } from './membership.ts';
import { newsletter } from './newsletter.ts';
import { support } from './support.ts';

/** The built-in demo company's website. */
export const demoShop: CompanyAdapter = { newsletter, carRental, flights, support, membership, contactPreferences, deliveries };
