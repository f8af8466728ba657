import type { CapturedAnswer, ChargeRequest, DeclinedAnswer, ErrorAnswer } from './api.ts';
import { fingerprintOf, type RememberedAnswer } from './idempotency.ts';
import type { Ledger } from './ledger.ts';
import { judgeCard, lastFour } from './sandbox-cards.ts';

/** Checks the shape of a charge request; an ErrorAnswer says what is wrong. */
export function parseChargeRequest(body: unknown): ChargeRequest | ErrorAnswer {
  const { order, amount, currency, card } = (body ?? {}) as Record<string, unknown>;
  const { number, expiry, cvc, name } = (card ?? {}) as Record<string, unknown>;
  if (typeof order !== 'string' || order.trim() === '' || order.length > 64) return invalid('order: a reference of 1 to 64 characters');
  if (!Number.isSafeInteger(amount) || (amount as number) <= 0) return invalid('amount: a positive integer in minor units');
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return invalid('currency: an ISO 4217 code such as EUR');
  if (typeof number !== 'string' || typeof expiry !== 'string' || typeof cvc !== 'string' || typeof name !== 'string') {
    return invalid('card: { number, expiry, cvc, name } as strings');
  }
  return { order, amount: amount as number, currency, card: { number, expiry, cvc, name } };
}

/** What makes two requests "the same" for an idempotency key; holds the last four digits only. */
export function chargeFingerprint(request: ChargeRequest): string {
  const { order, amount, currency, card } = request;
  return fingerprintOf({ order, amount, currency, last4: lastFour(card.number), expiry: card.expiry, name: card.name });
}

/** Authorises and captures a charge: only the sandbox's test cards, only unexpired ones. */
export function processCharge(request: ChargeRequest, ledger: Ledger, now = new Date()): RememberedAnswer {
  const { card } = request;
  switch (judgeCard(card.number)) {
    case 'invalid':
      return { status: 400, body: error('invalid_number', 'The card number is not valid') };
    case 'not-a-test-card':
      return { status: 400, body: error('live_card_in_sandbox', 'This is a sandbox: only its test cards are accepted') };
    case 'decline':
      return declined('The card was declined by its issuer');
    case 'approve':
      break;
  }
  if (!/^\d{3,4}$/.test(card.cvc)) return { status: 400, body: error('invalid_cvc', 'The CVC must be 3 or 4 digits') };
  const expiry = /^(0[1-9]|1[0-2])\/(\d{2})$/.exec(card.expiry.trim());
  if (expiry === null) return { status: 400, body: error('invalid_expiry', 'The expiry date must be MM/YY') };
  if (endOfMonth(Number(expiry[1]), 2000 + Number(expiry[2])) < now) return declined('The card has expired');

  const capture = ledger.record({ order: request.order, amount: request.amount, currency: request.currency, cardLast4: lastFour(card.number) }, now);
  const answer: CapturedAnswer = { status: 'captured', ...capture };
  return { status: 201, body: answer };
}

export function error(code: string, message: string): ErrorAnswer {
  return { error: { code, message } };
}

function invalid(message: string): ErrorAnswer {
  return error('invalid_request', message);
}

function declined(message: string): RememberedAnswer {
  const body: DeclinedAnswer = { status: 'declined', code: 'card_declined', message };
  return { status: 402, body };
}

function endOfMonth(month: number, year: number): Date {
  return new Date(Date.UTC(year, month, 1) - 1);
}
