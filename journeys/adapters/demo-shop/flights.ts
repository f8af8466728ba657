import type { FlightPages } from '../../pay-and-get-ticket/flight-pages.ts';

// PLACEHOLDER (issue 3): the demo company's pages for the pay-and-get-ticket journey.
export const flights: FlightPages = {};
