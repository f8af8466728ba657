import { readMoney } from '../../../src/money/read-money.ts';
import type { CheckoutPages, PaymentState } from '../../pay-and-get-ticket/checkout-pages.ts';
import type { Shop } from '../../shop.ts';

/** Lampbutiken's order and payment states, as its API gives them. */
const STATES: Record<string, PaymentState> = { betald: 'paid', obetald: 'failed', nekad: 'failed', misslyckad: 'failed', fel: 'failed', behandlas: 'unknown' };

/**
 * Lampbutiken sells lamps through its shop API only: every step is an API call through shop.api
 * (guarded, paced, kept as evidence). It has no payment support channel, so askPaymentSupport is
 * left out and the journey reports that check as not checked.
 */
export const checkout: CheckoutPages = {
  async openAccount(shop, shopper) {
    const answer = await shop.api.call<{ token?: string }>('/api/kunder', { purpose: 'open an account', body: { epost: shopper.email, namn: shopper.name, losenord: shopper.password } }, shop.url);
    if (answer.status !== 201 || !answer.body.token) throw new Error(`Lampbutiken did not open an account: ${answer.status}`);
    shop.session.set('token', answer.body.token);
  },

  async choosePurchase(shop) {
    const products = await shop.api.call<Array<{ artikelnummer: string }>>('/api/produkter', { purpose: 'list the lamps' }, shop.url);
    const [first] = products.body;
    if (!first) throw new Error('Lampbutiken lists no lamps');
    const order = await call<{ ordernummer: string; artikel: string; att_betala: string }>(shop, '/api/kassa', { purpose: `put ${first.artikelnummer} in the checkout`, body: { artikelnummer: first.artikelnummer } });
    return { orderNumber: order.body.ordernummer, item: order.body.artikel, total: readMoney(order.body.att_betala, shop.money) };
  },

  async pay(shop, order, card) {
    const answer = await call<{ status: string; meddelande: string; belopp?: { ore: number; valuta: string } }>(shop, `/api/kassa/${order.orderNumber}/betalning`, {
      purpose: `pay order ${order.orderNumber}`,
      body: { kort: { nummer: card.number, utgang: card.expiry, cvc: card.cvc, namn: card.name } },
    });
    const { status, meddelande, belopp } = answer.body;
    return { state: STATES[status] ?? 'unknown', said: meddelande ?? `HTTP ${answer.status}`, ...(belopp ? { amount: { currency: belopp.valuta, minor: belopp.ore } } : {}) };
  },

  // An API has no page to go back to: paying again is the same call.
  async tryAgain() {},

  async orderInAccount(shop, orderNumber) {
    const orders = await call<Array<{ ordernummer: string; status: string; belopp: string }>>(shop, '/api/ordrar', { purpose: 'read my orders' });
    const order = orders.body.find((candidate) => candidate.ordernummer === orderNumber);
    return order && { state: STATES[order.status] ?? 'unknown', said: order.status, amount: readMoney(order.belopp, shop.money) };
  },
};

/** A call as the signed-in customer. */
function call<T>(shop: Shop, path: string, request: { purpose: string; body?: unknown }) {
  return shop.api.call<T>(path, { ...request, headers: { authorization: `Bearer ${shop.session.get('token') ?? ''}` } }, shop.url);
}
