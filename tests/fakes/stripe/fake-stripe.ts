import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeStripe {
  /** The API base, e.g. http://127.0.0.1:41234 (Stripe's is https://api.stripe.com). */
  url: string;
  /** Every PaymentIntent created, oldest first: what a test asserts against. */
  paymentIntents(): readonly PaymentIntent[];
  stop(): Promise<void>;
}

export interface PaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_received: number;
  currency: string;
  status: 'succeeded' | 'requires_payment_method' | 'requires_confirmation';
  created: number;
  customer: string | null;
  receipt_email: string | null;
  metadata: Record<string, string>;
  payment_method: string | null;
  latest_charge: string | null;
  livemode: false;
}

interface Charge {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  currency: string;
  captured: boolean;
  status: 'succeeded';
  paid: true;
  payment_intent: string;
  created: number;
  metadata: Record<string, string>;
  payment_method_details: { type: 'card'; card: { brand: string; last4: string } };
}

interface Customer {
  id: string;
  object: 'customer';
  email: string | null;
  name: string | null;
  created: number;
  metadata: Record<string, string>;
}

/**
 * Stripe's test payment methods (https://docs.stripe.com/testing): which succeed, which are declined.
 * The fake knows only these; a shop passes one of them as `payment_method`.
 */
const TEST_PAYMENT_METHODS: Record<string, { brand: string; last4: string; declined?: string }> = {
  pm_card_visa: { brand: 'visa', last4: '4242' },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444' },
  pm_card_chargeDeclined: { brand: 'visa', last4: '0002', declined: 'generic_decline' },
};

/**
 * A stand-in for Stripe, written from its documented REST API (https://docs.stripe.com/api): the
 * secret key as a Bearer token or Basic user; form-encoded bodies with bracket keys
 * (`metadata[order_id]=…`); lists `{ object: 'list', data, has_more }` paged with `limit` and
 * `starting_after`; search `GET /v1/<resource>/search?query=…` in Stripe's query language (clauses
 * `field:'value'`, `metadata['key']:'value'`, joined by AND or OR) paged with `page`/`next_page`;
 * `expand[]`; errors `{ error: { type, code, message } }` with Stripe's statuses (401 bad key, 402
 * card declined, 404 no such object). Endpoints: customers (create, list by email), payment intents
 * (create and confirm, retrieve, list by customer, search). Test mode only: keys are sk_test_….
 */
export async function startFakeStripe(options: { apiKey: string; host?: string }): Promise<FakeStripe> {
  const customers: Customer[] = [];
  const intents: PaymentIntent[] = [];
  const charges = new Map<string, Charge>();
  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => send(response, 500, { error: { type: 'api_error', message: (error as Error).message } }));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://stripe.fake');
    if (keyOf(request) !== options.apiKey) {
      return send(response, 401, { error: { type: 'invalid_request_error', message: `Invalid API Key provided: ${masked(keyOf(request))}` } });
    }
    const body: Fields = request.method === 'POST' ? formFields(await readBody(request)) : [];
    const expand = arrayField([...url.searchParams], 'expand').concat(arrayField(body, 'expand'));
    const route = `${request.method} ${url.pathname}`;
    if (route === 'POST /v1/customers') {
      const customer: Customer = { id: id('cus'), object: 'customer', email: field(body, 'email') ?? null, name: field(body, 'name') ?? null, created: now(), metadata: mapField(body, 'metadata') };
      customers.push(customer);
      return send(response, 200, customer);
    }
    if (route === 'GET /v1/customers') {
      const email = url.searchParams.get('email');
      return send(response, 200, list(url, customers.filter((customer) => email === null || customer.email === email)));
    }
    if (route === 'POST /v1/payment_intents') return createIntent(body, expand, response);
    if (route === 'GET /v1/payment_intents') {
      const customer = url.searchParams.get('customer');
      return send(response, 200, withExpanded(list(url, intents.filter((intent) => customer === null || intent.customer === customer)), expand));
    }
    if (route === 'GET /v1/payment_intents/search') {
      const query = url.searchParams.get('query');
      if (!query) return send(response, 400, { error: { type: 'invalid_request_error', code: 'parameter_missing', param: 'query', message: 'Missing required param: query.' } });
      let matches: (intent: PaymentIntent) => boolean;
      try {
        matches = searchQuery(query);
      } catch (error) {
        return send(response, 400, { error: { type: 'invalid_request_error', message: (error as Error).message } });
      }
      return send(response, 200, withExpanded(searchResult(url, intents.filter(matches)), expand));
    }
    const retrieve = /^GET \/v1\/payment_intents\/(pi_\w+)$/.exec(route);
    if (retrieve) {
      const intent = intents.find((candidate) => candidate.id === retrieve[1]);
      if (!intent) return send(response, 404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such payment_intent: '${retrieve[1]}'` } });
      return send(response, 200, expanded(intent, expand.map((path) => `data.${path}`)));
    }
    send(response, 404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${request.method}: ${url.pathname}).` } });
  }

  function createIntent(body: Fields, expand: string[], response: ServerResponse): void {
    const amount = Number(field(body, 'amount'));
    const currency = field(body, 'currency');
    if (!Number.isSafeInteger(amount) || amount < 1 || !currency) {
      return send(response, 400, { error: { type: 'invalid_request_error', code: 'parameter_missing', message: 'amount (a positive integer in the smallest currency unit) and currency are required.' } });
    }
    const paymentMethod = field(body, 'payment_method') ?? null;
    const intent: PaymentIntent = {
      id: id('pi'),
      object: 'payment_intent',
      amount,
      amount_received: 0,
      currency: currency.toLowerCase(),
      status: paymentMethod ? 'requires_confirmation' : 'requires_payment_method',
      created: now(),
      customer: field(body, 'customer') ?? null,
      receipt_email: field(body, 'receipt_email') ?? null,
      metadata: mapField(body, 'metadata'),
      payment_method: paymentMethod,
      latest_charge: null,
      livemode: false,
    };
    intents.push(intent);
    if (field(body, 'confirm') !== 'true' || !paymentMethod) return send(response, 200, intent);
    const method = TEST_PAYMENT_METHODS[paymentMethod];
    if (!method) return send(response, 400, { error: { type: 'invalid_request_error', code: 'resource_missing', param: 'payment_method', message: `No such PaymentMethod: '${paymentMethod}'` } });
    if (method.declined) {
      intent.status = 'requires_payment_method';
      return send(response, 402, { error: { type: 'card_error', code: 'card_declined', decline_code: method.declined, message: 'Your card was declined.', payment_intent: intent } });
    }
    const charge: Charge = {
      id: id('ch'),
      object: 'charge',
      amount,
      amount_captured: amount,
      currency: intent.currency,
      captured: true,
      status: 'succeeded',
      paid: true,
      payment_intent: intent.id,
      created: intent.created,
      metadata: intent.metadata,
      payment_method_details: { type: 'card', card: { brand: method.brand, last4: method.last4 } },
    };
    charges.set(charge.id, charge);
    Object.assign(intent, { status: 'succeeded', amount_received: amount, latest_charge: charge.id });
    send(response, 200, expanded(intent, expand.map((path) => `data.${path}`)));
  }

  function withExpanded<T extends { data: PaymentIntent[] }>(page: T, expand: string[]): T {
    return { ...page, data: page.data.map((intent) => expanded(intent, expand)) };
  }

  function expanded(intent: PaymentIntent, expand: string[]): unknown {
    if (!expand.includes('data.latest_charge') || !intent.latest_charge) return intent;
    return { ...intent, latest_charge: charges.get(intent.latest_charge) ?? intent.latest_charge };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    paymentIntents: () => intents,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

type Fields = Array<[string, string]>;

/** application/x-www-form-urlencoded, as Stripe's clients send it. */
function formFields(text: string): Fields {
  return [...new URLSearchParams(text).entries()];
}

function field(fields: Fields, name: string): string | undefined {
  return fields.find(([key]) => key === name)?.[1];
}

/** `metadata[order_id]=1042&metadata[shop]=x` → { order_id: '1042', shop: 'x' } */
function mapField(fields: Fields, name: string): Record<string, string> {
  return Object.fromEntries(fields.flatMap(([key, value]) => {
    const inner = new RegExp(`^${name}\\[([^\\]]+)\\]$`).exec(key)?.[1];
    return inner ? [[inner, value]] : [];
  }));
}

/** `expand[]=a&expand[0]=b` → ['a', 'b'] */
function arrayField(fields: Fields, name: string): string[] {
  return fields.filter(([key]) => new RegExp(`^${name}\\[\\d*\\]$`).test(key)).map(([, value]) => value);
}

/** Stripe's search query language, the part a ledger needs: `field:'value'` clauses joined by AND or OR (not both). */
function searchQuery(query: string): (intent: PaymentIntent) => boolean {
  const clause = /^\s*(metadata\['([^']+)'\]|[a-z_]+)\s*:\s*'((?:[^'\\]|\\.)*)'\s*$/;
  const joiner = / (AND|OR) /.exec(query)?.[1];
  const parts = joiner ? query.split(` ${joiner} `) : [query];
  if (joiner && query.includes(joiner === 'AND' ? ' OR ' : ' AND ')) throw new Error('Search queries cannot mix AND and OR.');
  const tests = parts.map((part) => {
    const match = clause.exec(part);
    if (!match) throw new Error(`Invalid search query: ${part.trim()}`);
    const [, name, metadataKey, raw] = match;
    const value = raw!.replace(/\\(.)/g, '$1');
    if (metadataKey) return (intent: PaymentIntent) => intent.metadata[metadataKey] === value;
    if (!['status', 'customer', 'currency', 'amount'].includes(name!)) throw new Error(`Field '${name}' is an unsupported search field for payment_intents.`);
    return (intent: PaymentIntent) => String(intent[name as 'status' | 'customer' | 'currency' | 'amount']) === value;
  });
  return (intent) => (joiner === 'AND' ? tests.every((test) => test(intent)) : tests.some((test) => test(intent)));
}

/** A list page: `limit` (default 10) after `starting_after`. */
function list<T extends { id: string }>(url: URL, items: readonly T[]): { object: 'list'; url: string; data: T[]; has_more: boolean } {
  const limit = Number(url.searchParams.get('limit') ?? 10);
  const after = url.searchParams.get('starting_after');
  const newestFirst = [...items].reverse();
  const start = after ? newestFirst.findIndex((item) => item.id === after) + 1 : 0;
  const data = newestFirst.slice(start, start + limit);
  return { object: 'list', url: url.pathname, data, has_more: start + limit < newestFirst.length };
}

/** A search page: `limit` (default 10) from the opaque `page` token the previous page gave as `next_page`. */
function searchResult<T>(url: URL, items: readonly T[]): { object: 'search_result'; url: string; data: T[]; has_more: boolean; next_page: string | null } {
  const limit = Number(url.searchParams.get('limit') ?? 10);
  const start = Number(Buffer.from(url.searchParams.get('page') ?? '', 'base64url').toString() || 0);
  const data = [...items].reverse().slice(start, start + limit);
  const hasMore = start + limit < items.length;
  return { object: 'search_result', url: url.pathname, data, has_more: hasMore, next_page: hasMore ? Buffer.from(String(start + limit)).toString('base64url') : null };
}

function keyOf(request: IncomingMessage): string {
  const header = request.headers.authorization ?? '';
  const bearer = /^Bearer (.+)$/.exec(header)?.[1];
  if (bearer) return bearer;
  const basic = /^Basic (.+)$/.exec(header)?.[1];
  return basic ? Buffer.from(basic, 'base64').toString().replace(/:$/, '') : '';
}

function masked(key: string): string {
  return key ? `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}` : '(none)';
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') });
  response.end(JSON.stringify(body));
}

function id(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}
