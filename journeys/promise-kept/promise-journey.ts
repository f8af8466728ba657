import type { JourneyParts } from '../journey-parts.ts';

// PLACEHOLDER (issue 3): the promise-kept journey.
export class PromiseJourney {
  constructor(readonly parts: JourneyParts) {}
}
