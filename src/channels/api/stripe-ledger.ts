import type Stripe from 'stripe';
import type { TargetHttp } from '../../safety/target-http.ts';
import type { LedgerCapture, PaymentLedger } from './payment-ledger.ts';

/** The metadata key a shop sets on its PaymentIntents to name its order (Stripe's own guides use `order_id`). */
export const STRIPE_ORDER_KEYS = ['order_id', 'order'] as const;

/**
 * The ledger kind `stripe`: a shop paid through Stripe, read with the official `stripe` client (a
 * restricted or test key that may read PaymentIntents). The client's requests go through the
 * harness's HTTP (the origin guard and the target's pace), not its own. The money captured for an
 * order is the succeeded PaymentIntents whose metadata names the order (`order_id` or `order`); a
 * shop that does not tag them is read by the customer's email (the Customer, then its
 * PaymentIntents). Each succeeded PaymentIntent is one capture of its `amount_received`: two for
 * one order is a double charge.
 */
export class StripeLedger implements PaymentLedger {
  private client?: Promise<{ stripe: Stripe; errors: typeof Stripe.errors }>;
  private readonly origin: string;

  constructor(
    private readonly http: TargetHttp,
    private readonly url: string,
    private readonly apiKey: string,
    private readonly timeoutMs = 30_000,
  ) {
    this.origin = new URL(url).origin;
  }

  /** The official client, loaded on first use: a run whose target pays through no Stripe never loads it. */
  private connect(): Promise<{ stripe: Stripe; errors: typeof Stripe.errors }> {
    this.client ??= import('stripe').then(({ default: StripeClient }) => {
      const api = new URL(this.url);
      const guarded = (input: string | URL | Request, init?: RequestInit) => this.http(input instanceof Request ? input.url : input, init ?? {}, 'read the Stripe ledger at');
      const stripe = new StripeClient(this.apiKey, {
        host: api.hostname,
        port: api.port || (api.protocol === 'http:' ? 80 : 443),
        protocol: api.protocol === 'http:' ? 'http' : 'https',
        httpClient: StripeClient.createFetchHttpClient(guarded as typeof fetch),
        timeout: this.timeoutMs,
        // A read retried by the client would not pass the harness's pace; the journey decides what a failed read means.
        maxNetworkRetries: 0,
        telemetry: false,
      });
      return { stripe, errors: StripeClient.errors };
    });
    return this.client;
  }

  async capturesFor(order: string, customer?: { email: string }): Promise<LedgerCapture[]> {
    const query = STRIPE_ORDER_KEYS.map((key) => `metadata['${key}']:'${order.replaceAll("'", "\\'")}'`).join(' OR ');
    let intents = await this.read('/v1/payment_intents/search', (stripe) => stripe.paymentIntents.search({ query, limit: 100, expand: ['data.latest_charge'] }).autoPagingToArray({ limit: 10_000 }));
    if (intents.length === 0 && customer) intents = await this.byCustomerEmail(customer.email);
    // Stripe lists newest first and counts `created` in seconds: reversed, then sorted (stably), oldest first.
    return intents
      .filter((intent) => intent.status === 'succeeded' && intent.amount_received > 0)
      .reverse()
      .sort((a, b) => a.created - b.created)
      .map((intent) => captureOf(intent, order));
  }

  private async byCustomerEmail(email: string): Promise<Stripe.PaymentIntent[]> {
    const customers = await this.read('/v1/customers', (stripe) => stripe.customers.list({ email, limit: 100 }).autoPagingToArray({ limit: 10_000 }));
    const lists = await Promise.all(
      customers.map((each) =>
        this.read('/v1/payment_intents', (stripe) => stripe.paymentIntents.list({ customer: each.id, limit: 100, expand: ['data.latest_charge'] }).autoPagingToArray({ limit: 10_000 })),
      ),
    );
    return lists.flat();
  }

  /** A read, its failure said with Stripe's origin, the path and Stripe's own message; the origin guard's refusal as it is. */
  private async read<T>(path: string, request: (stripe: Stripe) => Promise<T>): Promise<T> {
    const { stripe, errors } = await this.connect();
    try {
      return await request(stripe);
    } catch (error) {
      if (!(error instanceof errors.StripeError)) throw error;
      const cause = error instanceof errors.StripeConnectionError && error.detail instanceof Error ? error.detail : undefined;
      if (cause && !(cause instanceof TypeError)) throw cause;
      throw new Error(`Stripe at ${this.origin} answered ${error.statusCode ?? 'nothing'} to ${path}: ${error.message}`);
    }
  }
}

function captureOf(intent: Stripe.PaymentIntent, order: string): LedgerCapture {
  const charge = typeof intent.latest_charge === 'object' ? intent.latest_charge : undefined;
  return {
    id: intent.id,
    order,
    amount: intent.amount_received,
    currency: intent.currency.toUpperCase(),
    capturedAt: new Date(intent.created * 1000).toISOString(),
    cardLast4: charge?.payment_method_details?.card?.last4 ?? '????',
  };
}
