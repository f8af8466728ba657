// A known issue: a broken journey someone acknowledged (`mystery-shopper ack`). Types only.

/** An acknowledgement as the run store keeps it, one per journey of a target. */
export interface Acknowledgement {
  journeyId: string;
  /** Why it is known: what the team said when acknowledging it. */
  reason: string;
  /** Where the repair is tracked, e.g. the issue's URL. */
  ticket?: string;
  /** When it was acknowledged (ISO). */
  since: string;
  /** When the acknowledgement expires (ISO); none: until the journey recovers. */
  until?: string;
  /** The finding kinds the journey had when acknowledged: another kind is news again. */
  kinds: string[];
}

/** What the report says of an acknowledged journey that is still failing in the known way. */
export type KnownIssue = Omit<Acknowledgement, 'journeyId' | 'kinds'>;
