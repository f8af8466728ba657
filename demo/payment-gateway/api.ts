// The payment gateway's HTTP API, as its documentation would describe it to a merchant.

/** POST /v1/charges, with an `Idempotency-Key` header: authorises and captures in one step. */
export interface ChargeRequest {
  /** The merchant's order reference, e.g. "N-1042"; the ledger lists captures by it. */
  order: string;
  /** In minor units (cents). */
  amount: number;
  /** ISO 4217, e.g. "EUR". */
  currency: string;
  card: { number: string; expiry: string; cvc: string; name: string };
}

/** One capture in the ledger. The card is kept as its last four digits only. */
export interface Capture {
  id: string;
  order: string;
  amount: number;
  currency: string;
  capturedAt: string;
  cardLast4: string;
}

/** 201: the money is taken. */
export interface CapturedAnswer extends Capture {
  status: 'captured';
}

/** 402: the issuer said no; nothing was taken. */
export interface DeclinedAnswer {
  status: 'declined';
  code: 'card_declined';
  message: string;
}

/** 4xx other than 402: the request itself is wrong; nothing was taken. */
export interface ErrorAnswer {
  error: { code: string; message: string };
}
