import type { JourneyParts } from '../journey-parts.ts';

// PLACEHOLDER (issue 3): the rent-car journey.
export class RentCarJourney {
  constructor(readonly parts: JourneyParts) {}
}
