import type { DemoClock } from '../../clock.ts';
import { parseEmailAddress, parseMobileNumber } from '../../customers.ts';
import { escapeHtml } from '../../html.ts';
import { findProduct, type Product } from '../../products.ts';
import { notFoundPage } from '../../web/error-pages.ts';
import { emailField, formMessage } from '../../web/form-fields.ts';
import { page, type WebResponse } from '../../web/page.ts';
import type { Route, WebRequest } from '../../web/route.ts';
import { PICK_UP_POINT, planDelivery } from './delivery-plan.ts';
import type { Dispatch } from './dispatch.ts';
import type { Parcels } from './parcels.ts';

const ORDER_PATH = /^\/order\/([a-z0-9-]+)$/;

interface OrderDesk {
  parcels: Parcels;
  dispatch: Dispatch;
  clock: DemoClock;
}

type Typed = Partial<Record<'name' | 'email' | 'mobile' | 'address', string>>;

/** The checkout of a parcel product: who it is for, where it goes, home delivery or a pick-up point. */
export function orderRoutes(desk: OrderDesk): Route[] {
  return [
    {
      method: 'GET',
      path: ORDER_PATH,
      handle: (request) =>
        withProduct(request, (product) => checkoutPage(product, { email: request.signedInCustomer?.email, mobile: request.signedInCustomer?.mobile })),
    },
    { method: 'POST', path: ORDER_PATH, handle: (request) => withProduct(request, (product) => placeOrder(request, product, desk)) },
  ];
}

function withProduct(request: WebRequest, handle: (product: Product) => WebResponse | Promise<WebResponse>): WebResponse | Promise<WebResponse> {
  const product = findProduct(request.params[0] ?? '');
  return product?.kind === 'parcel' ? handle(product) : notFoundPage('We do not deliver this product.');
}

async function placeOrder(request: WebRequest, product: Product, desk: OrderDesk): Promise<WebResponse> {
  const form = await request.readForm();
  const typed: Typed = {
    name: form.get('name')?.trim() ?? '',
    email: form.get('email') ?? '',
    mobile: form.get('mobile')?.trim() ?? '',
    address: form.get('address')?.trim() ?? '',
  };
  const email = parseEmailAddress(typed.email ?? '');
  const mobile = typed.mobile ? parseMobileNumber(typed.mobile) : undefined;
  if (!typed.name || !typed.address || email === undefined) {
    return checkoutPage(product, typed, 'Please give your name, your email address and the delivery address.');
  }
  if (typed.mobile && mobile === undefined) {
    return checkoutPage(product, typed, 'Please enter your mobile number with its country code, like +44 7700 900123.');
  }
  const parcel = desk.parcels.add({
    product,
    recipient: { name: typed.name, email, mobile, address: typed.address },
    delivery: form.get('delivery') === 'pick-up' ? 'pick-up' : 'home',
    slot: planDelivery(desk.clock, Math.floor(Math.random() * 1000)),
  });
  desk.dispatch.ship(parcel);
  const destination = parcel.delivery === 'home' ? `Home delivery to ${parcel.recipient.address}` : `To collect from ${PICK_UP_POINT}`;
  return page(
    'Thank you for your order',
    `<h1>Thank you for your order</h1>
<p>Order <strong>${parcel.id}</strong>: ${escapeHtml(product.name)}, ${escapeHtml(product.price)}.</p>
<p>${escapeHtml(destination)}. We will tell you before the courier comes, by email${mobile === undefined ? '' : ' and by text'}.</p>
<p><a href="/track/${parcel.id}">Track your parcel</a></p>`,
  );
}

function checkoutPage(product: Product, typed: Typed, error?: string): WebResponse {
  return page(
    `Order ${product.name}`,
    `<h1>Order ${escapeHtml(product.name)}</h1>
<p>${escapeHtml(product.blurb)} <strong>${escapeHtml(product.price)}</strong>, paid on delivery.</p>
${error === undefined ? '' : formMessage('error', error)}
<form method="post" action="/order/${product.id}">
  <label for="name">Name</label>
  <input id="name" name="name" autocomplete="name" required value="${escapeHtml(typed.name ?? '')}">
  ${emailField(typed.email ?? '')}
  <label for="mobile">Mobile number (optional, for delivery updates by text)</label>
  <input id="mobile" name="mobile" type="tel" autocomplete="tel" value="${escapeHtml(typed.mobile ?? '')}">
  <label for="address">Delivery address</label>
  <input id="address" name="address" autocomplete="street-address" required value="${escapeHtml(typed.address ?? '')}">
  <fieldset>
    <legend>Delivery</legend>
    <div><input id="delivery-home" name="delivery" type="radio" value="home" checked>
      <label for="delivery-home">Home delivery</label></div>
    <div><input id="delivery-pick-up" name="delivery" type="radio" value="pick-up">
      <label for="delivery-pick-up">Collect from ${escapeHtml(PICK_UP_POINT)}</label></div>
  </fieldset>
  <button type="submit">Place order</button>
</form>`,
    { status: error === undefined ? 200 : 400 },
  );
}
