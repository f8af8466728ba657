import type { Money } from '../../src/money/money.ts';

/** The offer the customer asked to have emailed: the car, the dates, and the price the site showed. */
export interface QuoteRequest {
  car: string;
  pickUp: string;
  dropOff: string;
  shown: Money;
  address: string;
}
