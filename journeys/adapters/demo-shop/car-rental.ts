import type { CarRentalPages } from '../../rent-car/car-rental-pages.ts';

// PLACEHOLDER (issue 3): the demo company's pages for the rent-car journey.
export const carRental: CarRentalPages = {};
