import { money, type Money } from '../../src/money/money.ts';

/** The offer the customer asked to have emailed: the car, the dates, and the price the site showed. */
export interface QuoteRequest {
  car: string;
  pickUp: string;
  dropOff: string;
  shown: Money;
  address: string;
}

/** What a later run needs to judge the offer: the shown price as currency and minor units, to compare exactly. */
export function quoteDetails(request: QuoteRequest, askedAt: Date): Record<string, string> {
  const { car, pickUp, dropOff, shown, address } = request;
  return { address, car, pickUp, dropOff, shownCurrency: shown.currency, shownMinor: String(shown.minor), askedAt: askedAt.toISOString() };
}

/** The request again, from what `quoteDetails` kept; a clear error when something is missing. */
export function quoteRequestFromDetails(details: Record<string, string>): QuoteRequest {
  const required = (name: string): string => {
    const value = details[name];
    if (!value) throw new Error(`the offer request has no details.${name}`);
    return value;
  };
  const shownMinor = required('shownMinor');
  if (!/^-?\d+$/.test(shownMinor)) throw new Error(`the offer request's shownMinor "${shownMinor}" is not a whole number`);
  return {
    address: required('address'),
    car: required('car'),
    pickUp: required('pickUp'),
    dropOff: required('dropOff'),
    shown: money(required('shownCurrency'), Number(shownMinor)),
  };
}
