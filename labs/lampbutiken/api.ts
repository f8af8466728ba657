import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Faults } from './faults.ts';
import { sendOrderConfirmation, type Relay } from './mail.ts';
import { kronor, LAMPS, UNSHOWN_DELIVERY_FEE_ORE, type Order, type Shop } from './shop.ts';
import { charge, type StripeAccount } from './stripe.ts';

export interface ApiContext {
  shop: Shop;
  faults: Faults;
  stripe: StripeAccount;
  relay: Relay;
}

/**
 * Lampbutiken's shop API: no storefront pages, JSON in Swedish.
 *   POST /api/kunder {epost, namn, losenord}            → 201 {token}
 *   GET  /api/produkter                                  → [{artikelnummer, namn, pris}]
 *   POST /api/kassa {artikelnummer}                      → 201 {ordernummer, artikel, att_betala}
 *   POST /api/kassa/<ordernummer>/betalning {kort}       → 200 betald | 402 nekad | 502 misslyckad/fel
 *   GET  /api/ordrar                                     → [{ordernummer, artikel, belopp, status}]
 * Calls after sign-up carry `Authorization: Bearer <token>`.
 */
export function createApi(context: ApiContext): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    void route(context, request, response).catch((error: unknown) => send(response, 500, { status: 'fel', meddelande: (error as Error).message }));
  };
}

async function route({ shop, faults, stripe, relay }: ApiContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://lampbutiken.test');
  const body = request.method === 'POST' ? await readJson(request) : {};
  if (request.method === 'POST' && url.pathname === '/api/kunder') {
    const { epost, namn, losenord } = body as { epost?: string; namn?: string; losenord?: string };
    if (!epost || !namn || !losenord) return send(response, 400, { fel: 'epost, namn och losenord krävs' });
    return send(response, 201, { token: shop.openAccount(epost, namn) });
  }
  if (request.method === 'GET' && url.pathname === '/api/produkter') {
    return send(response, 200, LAMPS.map((lamp) => ({ artikelnummer: lamp.artikelnummer, namn: lamp.namn, pris: kronor(lamp.prisOre) })));
  }
  const customer = shop.customer(/^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]);
  if (!customer) return send(response, 401, { fel: 'Logga in först' });
  if (request.method === 'POST' && url.pathname === '/api/kassa') {
    const lamp = LAMPS.find((candidate) => candidate.artikelnummer === (body as { artikelnummer?: string }).artikelnummer);
    if (!lamp) return send(response, 404, { fel: 'Okänd artikel' });
    const order = shop.placeOrder(customer.epost, lamp);
    return send(response, 201, { ordernummer: order.ordernummer, artikel: lamp.namn, att_betala: kronor(lamp.prisOre) });
  }
  const paying = /^\/api\/kassa\/(LB-\d+)\/betalning$/.exec(url.pathname);
  if (request.method === 'POST' && paying) {
    const order = shop.order(customer.epost, paying[1]!);
    if (!order) return send(response, 404, { fel: 'Ingen sådan order' });
    const card = (body as { kort?: { nummer?: string } }).kort;
    if (!card?.nummer) return send(response, 400, { fel: 'kort.nummer krävs' });
    return pay({ faults, stripe, relay }, order, customer.epost, card.nummer, response);
  }
  if (request.method === 'GET' && url.pathname === '/api/ordrar') {
    return send(response, 200, shop.ordersOf(customer.epost).map((order) => ({ ordernummer: order.ordernummer, artikel: order.lamp.namn, belopp: kronor(order.lamp.prisOre), status: order.status })));
  }
  send(response, 404, { fel: 'Finns inte' });
}

async function pay({ faults, stripe, relay }: Omit<ApiContext, 'shop'>, order: Order, email: string, cardNumber: string, response: ServerResponse): Promise<void> {
  if (order.status === 'betald') return send(response, 200, paid(order.lamp.prisOre));
  const ambiguous = faults.has('ambiguous-payment-error');
  // Once taken, an ambiguous error never takes it again: the customer is left not knowing.
  if (ambiguous && order.charges > 0) return send(response, 502, { status: 'fel', meddelande: 'Något gick fel. Försök igen senare.' });
  const amountOre = order.lamp.prisOre + (faults.has('amount-mismatch') ? UNSHOWN_DELIVERY_FEE_ORE : 0);
  const result = await charge(stripe, { orderNumber: order.ordernummer, amountOre, email, cardNumber });
  if (!result.charged) return send(response, 402, { status: 'nekad', meddelande: `Betalningen nekades: ${result.declined}` });
  order.charges += 1;
  const confirm = () => (faults.has('confirmation-not-sent') ? undefined : sendOrderConfirmation(relay, { email, orderNumber: order.ordernummer, item: order.lamp.namn, total: kronor(amountOre) }));
  if (ambiguous) {
    order.status = 'behandlas';
    await confirm();
    return send(response, 502, { status: 'fel', meddelande: 'Något gick fel. Försök igen senare.' });
  }
  if (faults.has('double-charge') && order.charges === 1) {
    return send(response, 502, { status: 'misslyckad', meddelande: 'Betalningen kunde inte genomföras. Försök igen.' });
  }
  order.status = 'betald';
  await confirm();
  send(response, 200, paid(amountOre));
}

function paid(ore: number): unknown {
  return { status: 'betald', belopp: { ore, valuta: 'SEK' }, meddelande: 'Tack! Betalningen är genomförd.' };
}

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        resolve({});
      }
    });
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
