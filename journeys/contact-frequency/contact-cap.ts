/** What a company promises: at most `max` marketing contacts (emails and texts together) per `per` milliseconds. */
export interface ContactCap {
  max: number;
  per: number;
}

/**
 * How many contacts an observation of `observationMs` may see without breaking the promise.
 * The promise holds for every window of one period, and a company may use a whole period's
 * allowance in one day: so an observation up to one period allows the full `max` (pro-rating
 * down would blame a company that keeps its word), and a longer one `max` for every period it
 * spans, counting a started period as whole.
 */
export function contactsAllowed(cap: ContactCap, observationMs: number): number {
  return cap.max * Math.max(1, Math.ceil(observationMs / cap.per));
}
