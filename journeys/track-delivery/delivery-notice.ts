import { findArrivalTime, type ArrivalTime } from './arrival-time.ts';

/** What an advance notice promises: when the courier comes, and whether there is a pick-up alternative. */
export interface DeliveryNotice {
  window: ArrivalTime | undefined;
  pickUpAlternative: boolean;
}

const PICK_UP_ALTERNATIVE =
  /\b(?:pick-?\s?up point|collection point|parcel (?:locker|shop|point)|service point|collect (?:it|your parcel) (?:from|at))\b/i;

export function readDeliveryNotice(text: string): DeliveryNotice {
  const arrival = findArrivalTime(text);
  return { window: arrival?.window ? arrival : undefined, pickUpAlternative: PICK_UP_ALTERNATIVE.test(text) };
}

/** An advance notice names a time window for the courier; a confirmation without one is not a notice. */
export function isAdvanceNotice(text: string): boolean {
  return readDeliveryNotice(text).window !== undefined;
}
