import type { Capture, CapturedAnswer, ChargeRequest, DeclinedAnswer, ErrorAnswer } from './api.ts';

export type ChargeOutcome =
  | { outcome: 'captured'; capture: Capture }
  /** Nothing was taken: the issuer said no, or the card was not accepted. */
  | { outcome: 'declined'; message: string }
  /** No answer (a timeout, a 5xx): the money may or may not have been taken. */
  | { outcome: 'unknown'; reason: string };

const CARD_ERRORS = new Set(['invalid_number', 'live_card_in_sandbox', 'invalid_cvc', 'invalid_expiry']);

/** The gateway's client library, as a merchant's back end uses it with its secret key. */
export class PaymentGatewayClient {
  constructor(
    private readonly account: { url: string; secretKey: string },
    private readonly timeoutMs = 10_000,
  ) {}

  /** Charges a card; repeating a call with the same idempotency key never takes money twice. */
  async charge(request: ChargeRequest, idempotencyKey: string): Promise<ChargeOutcome> {
    let response: Response;
    try {
      response = await fetch(new URL('/v1/charges', this.account.url), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.account.secretKey}`,
          'content-type': 'application/json',
          'idempotency-key': idempotencyKey,
        },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      return { outcome: 'unknown', reason: (error as Error).message };
    }
    if (response.status >= 500) return { outcome: 'unknown', reason: `the gateway answered ${response.status}` };
    const body = (await response.json()) as CapturedAnswer | DeclinedAnswer | ErrorAnswer;
    if (response.status === 201 && 'status' in body && body.status === 'captured') {
      const { status: _status, ...capture } = body;
      return { outcome: 'captured', capture };
    }
    if (response.status === 402 && 'status' in body && body.status === 'declined') return { outcome: 'declined', message: body.message };
    if ('error' in body && CARD_ERRORS.has(body.error.code)) return { outcome: 'declined', message: body.error.message };
    throw new Error(`The payment gateway refused the charge: ${response.status} ${JSON.stringify(body)}`);
  }
}
