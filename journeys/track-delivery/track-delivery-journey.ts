import type { JourneyParts } from '../journey-parts.ts';

// PLACEHOLDER (issue 3): the track-delivery journey.
export class DeliveryJourney {
  constructor(readonly parts: JourneyParts) {}
}
