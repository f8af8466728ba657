import path from 'node:path';
import { ConfigError } from '../config/config-error.ts';
import type { NewFile } from './scaffold-journey.ts';

const ADAPTER_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** A company adapter's name: its folder under journeys/adapters/, as a target's config names it. */
export function checkAdapterName(name: string | undefined): string {
  if (!name || !ADAPTER_NAME.test(name)) throw new ConfigError(`"new adapter ${name ?? ''}": name it in lower case with dashes, e.g. "acme-shop"`);
  return name;
}

/**
 * The files of a new company adapter, found by its folder (journeys/adapters/<name>/index.ts, no
 * registration), and what is left for its author. Its first part is the checkout: each method
 * says "not written yet" until it is. Writes nothing.
 */
export function scaffoldAdapter(name: string): { files: NewFile[]; checklist: string[] } {
  const folder = path.join('journeys', 'adapters', name);
  const files: NewFile[] = [
    { path: path.join(folder, 'index.ts'), text: indexTemplate(name) },
    { path: path.join(folder, 'checkout.ts'), text: checkoutTemplate(name) },
  ];
  const checklist = [
    `${folder}/checkout.ts: drive the shop's checkout, through its API (shop.api.call: guarded, paced, kept as evidence) or its pages (shop.page); return facts (state, amounts), not words`,
    `${folder}/index.ts: add the other parts the journeys need (journeys/adapters/company-adapter.ts lists them), or a payment ledger of the company's own`,
    `mystery-shopper.config.ts: a target with adapter: '${name}', its webUrl, checkout: { purchase, proof, currency, locale }, and payment: { card, ledger } (docs/journeys/pay-and-get-ticket.md)`,
    `Run it: npx mystery-shopper run --target <id> --journey pay-and-get-ticket`,
  ];
  return { files, checklist };
}

function indexTemplate(name: string): string {
  return `import type { CompanyAdapter } from '../company-adapter.ts';
import { checkout } from './checkout.ts';

/**
 * How the journeys drive ${name}: found by this folder's name (a target's adapter: '${name}'), no
 * registration. Add the parts its journeys need (journeys/adapters/company-adapter.ts lists them).
 */
const adapter: CompanyAdapter = { checkout };

export default adapter;
`;
}

function checkoutTemplate(name: string): string {
  return `import type { CheckoutPages } from '../../pay-and-get-ticket/checkout-pages.ts';

/**
 * ${name}'s checkout, for the pay-and-get-ticket journey. Each method gets the shop: shop.url (the
 * target's webUrl), shop.page (a browser page, for a web shop) and shop.api (the harness's HTTP
 * client for an API shop: allowed origins only, at the target's pace, every exchange kept as JSON
 * evidence with secrets masked). Return facts: the payment's state and amounts as data; a web
 * shop's words are read with paymentStateIn (payment-words.ts) and readMoney (src/money/read-money.ts).
 */
export const checkout: CheckoutPages = {
  async openAccount(shop, shopper) {
    notWrittenYet('openAccount', shop.url, shopper.email);
  },

  async choosePurchase(shop) {
    return notWrittenYet('choosePurchase', shop.url);
  },

  async pay(shop, order, card) {
    return notWrittenYet('pay', order.orderNumber, card.name);
  },

  async tryAgain(shop, order) {
    notWrittenYet('tryAgain', order.orderNumber);
  },

  async orderInAccount(shop, orderNumber) {
    return notWrittenYet('orderInAccount', orderNumber);
  },

  // A shop with a payment support channel answers here; without one, delete this method: the
  // journey then reports that check as "not checked", not as a finding.
  async askPaymentSupport(shop, question) {
    return notWrittenYet('askPaymentSupport', question);
  },
};

function notWrittenYet(method: string, ..._context: string[]): never {
  throw new Error(\`journeys/adapters/${name}/checkout.ts: \${method} is not written yet\`);
}
`;
}
