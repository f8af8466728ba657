import type { Customer } from '../customers.ts';
import { escapeHtml } from '../html.ts';
import { SHOP_NAME } from '../shop-identity.ts';
import { loginRedirect } from './login-pages.ts';
import { notFoundPage } from './error-pages.ts';
import { page, type WebResponse } from './page.ts';
import type { Route, Shop, WebRequest } from './route.ts';

const UNSUBSCRIBE_PATH = /^\/unsubscribe\/([A-Za-z0-9_-]+)$/;

/**
 * The unsubscribe URL of every marketing mail. GET shows a confirmation page (the footer link);
 * POST unsubscribes, either by RFC 8058 one-click (no cookies, no redirect) or from that page.
 */
export const unsubscribeRoutes: Route[] = [
  {
    method: 'GET',
    path: UNSUBSCRIBE_PATH,
    handle: (request, shop) => withSubscriber(request, shop, (customer) => confirmationPage(customer, request.path)),
  },
  {
    method: 'POST',
    path: UNSUBSCRIBE_PATH,
    handle: (request, shop) => withSubscriber(request, shop, (customer) => unsubscribe(request, shop, customer)),
  },
];

async function withSubscriber(
  request: WebRequest,
  shop: Shop,
  handle: (customer: Customer) => WebResponse | Promise<WebResponse>,
): Promise<WebResponse> {
  // The fault: the unsubscribe URL sits behind the sign-in wall, which RFC 8058 forbids.
  if (shop.faults.has('unsubscribe-link-broken')) return loginRedirect(request.path);
  const customer = shop.customers.findByUnsubscribeToken(request.params[0] ?? '');
  if (customer === undefined) return notFoundPage('We could not find this subscription. The link may be incomplete.');
  return handle(customer);
}

async function unsubscribe(request: WebRequest, shop: Shop, customer: Customer): Promise<WebResponse> {
  const form = await request.readForm();
  const oneClick = form.get('List-Unsubscribe') === 'One-Click';
  if (!oneClick && form.get('confirm') !== 'yes') {
    return page(
      'Unsubscribe request not understood',
      `<h1>Unsubscribe request not understood</h1>
<p>Please use the <a href="${escapeHtml(request.path)}">unsubscribe page</a>.</p>`,
      { status: 400 },
    );
  }
  shop.subscriptions.unsubscribe(customer);
  return page(
    "You're unsubscribed",
    `<h1>You're unsubscribed</h1>
<p>${escapeHtml(customer.email)} will no longer receive offers from ${SHOP_NAME}.</p>`,
  );
}

function confirmationPage(customer: Customer, url: string): WebResponse {
  return page(
    `Unsubscribe from ${SHOP_NAME} offers`,
    `<h1>Unsubscribe from ${SHOP_NAME} offers</h1>
<p>Stop sending offers to <strong>${escapeHtml(customer.email)}</strong>?</p>
<form method="post" action="${escapeHtml(url)}">
  <input type="hidden" name="confirm" value="yes">
  <button type="submit">Unsubscribe</button>
</form>`,
  );
}
