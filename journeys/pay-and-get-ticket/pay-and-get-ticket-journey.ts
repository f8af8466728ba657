import type { JourneyParts } from '../journey-parts.ts';

// PLACEHOLDER (issue 3): the pay-and-get-ticket journey.
export class TicketPurchaseJourney {
  constructor(readonly parts: JourneyParts) {}
}
