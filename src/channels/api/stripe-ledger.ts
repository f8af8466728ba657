import type { TargetHttp } from '../../safety/target-http.ts';
import type { LedgerCapture, PaymentLedger } from './payment-ledger.ts';

/** The parts of a Stripe PaymentIntent the ledger reads (https://docs.stripe.com/api/payment_intents/object). */
interface StripePaymentIntent {
  id: string;
  status: string;
  amount_received: number;
  currency: string;
  created: number;
  metadata?: Record<string, string>;
  latest_charge?: string | { payment_method_details?: { card?: { last4?: string } } } | null;
}

interface StripeList<T> {
  data: T[];
  has_more: boolean;
  next_page?: string | null;
}

/** The metadata key a shop sets on its PaymentIntents to name its order (Stripe's own guides use `order_id`). */
export const STRIPE_ORDER_KEYS = ['order_id', 'order'] as const;

/**
 * The ledger kind `stripe`: a shop paid through Stripe, read with its REST API (a restricted or
 * test key that may read PaymentIntents). The money captured for an order is the succeeded
 * PaymentIntents whose metadata names the order (`order_id` or `order`); a shop that does not tag
 * them is read by the customer's email (the Customer, then its PaymentIntents). Each succeeded
 * PaymentIntent is one capture of its `amount_received`: two for one order is a double charge.
 */
export class StripeLedger implements PaymentLedger {
  constructor(
    private readonly http: TargetHttp,
    private readonly url: string,
    private readonly apiKey: string,
    private readonly timeoutMs = 30_000,
  ) {}

  async capturesFor(order: string, customer?: { email: string }): Promise<LedgerCapture[]> {
    const query = STRIPE_ORDER_KEYS.map((key) => `metadata['${key}']:'${order.replaceAll("'", "\\'")}'`).join(' OR ');
    let intents = await this.all<StripePaymentIntent>('/v1/payment_intents/search', { query });
    if (intents.length === 0 && customer) intents = await this.byCustomerEmail(customer.email);
    // Stripe lists newest first and counts `created` in seconds: reversed, then sorted (stably), oldest first.
    return intents
      .filter((intent) => intent.status === 'succeeded' && intent.amount_received > 0)
      .reverse()
      .sort((a, b) => a.created - b.created)
      .map((intent) => captureOf(intent, order));
  }

  private async byCustomerEmail(email: string): Promise<StripePaymentIntent[]> {
    const customers = await this.all<{ id: string }>('/v1/customers', { email });
    const lists = await Promise.all(customers.map((customer) => this.all<StripePaymentIntent>('/v1/payment_intents', { customer: customer.id })));
    return lists.flat();
  }

  /** Every page of a list or search, the latest charge expanded for the card's last four digits. */
  private async all<T>(path: string, params: Record<string, string>): Promise<T[]> {
    const found: T[] = [];
    let page: string | undefined;
    do {
      const url = new URL(path, this.url);
      for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
      url.searchParams.set('limit', '100');
      if (path.startsWith('/v1/payment_intents')) url.searchParams.append('expand[]', 'data.latest_charge');
      if (page) url.searchParams.set(path.endsWith('/search') ? 'page' : 'starting_after', page);
      const init = { headers: { authorization: `Bearer ${this.apiKey}`, accept: 'application/json' }, signal: AbortSignal.timeout(this.timeoutMs) };
      const response = await this.http(url, init, 'read the Stripe ledger at');
      const body = (await response.json().catch(() => undefined)) as (StripeList<T> & { error?: { message?: string } }) | undefined;
      if (!response.ok || !body || !Array.isArray(body.data)) {
        throw new Error(`Stripe at ${url.origin} answered ${response.status} to ${path}${body?.error?.message ? `: ${body.error.message}` : ''}`);
      }
      found.push(...body.data);
      const last = body.data.at(-1) as { id?: string } | undefined;
      page = body.has_more ? (body.next_page ?? last?.id ?? undefined) : undefined;
    } while (page);
    return found;
  }
}

function captureOf(intent: StripePaymentIntent, order: string): LedgerCapture {
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
