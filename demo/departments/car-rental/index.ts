import type { DepartmentFactory } from '../department.ts';
import type { CarRentalDesk } from './car-rental-desk.ts';
import { loyaltyAccountSection, loyaltyRoutes } from './loyalty-pages.ts';
import { LoyaltyProgramme } from './loyalty-programme.ts';
import { offerRoutes } from './offer-pages.ts';
import { searchRoutes } from './search-page.ts';

/**
 * The car-rental desk: a search with a price for the whole rental, the Drive Club loyalty
 * programme with member prices, and offers by email. Its faults re-enact the seed story of a
 * loyalty price above the public price and an emailed offer higher still.
 */
export const createCarRental: DepartmentFactory = (context) => {
  const desk: CarRentalDesk = { ...context, loyalty: new LoyaltyProgramme() };
  return {
    name: 'Car rental',
    routes: [...searchRoutes(desk), ...loyaltyRoutes(desk), ...offerRoutes(desk)],
    accountSection: (customer) => loyaltyAccountSection(desk, customer),
  };
};
