import type { JourneyParts } from '../journey-parts.ts';

// PLACEHOLDER (issue 3): the enquiry-answered journey.
export class EnquiryJourney {
  constructor(readonly parts: JourneyParts) {}
}
