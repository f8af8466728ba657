import type { JourneyParts } from '../journey-parts.ts';

// PLACEHOLDER (issue 3): the contact-frequency journey.
export class ContactFrequencyJourney {
  constructor(readonly parts: JourneyParts) {}
}
