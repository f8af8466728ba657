import { escapeHtml } from '../../html.ts';
import { notFoundPage } from '../../web/error-pages.ts';
import { formMessage } from '../../web/form-fields.ts';
import { loginRedirect } from '../../web/login-pages.ts';
import { page, redirect, type WebResponse } from '../../web/page.ts';
import type { Route, WebRequest } from '../../web/route.ts';
import type { Checkout, PaymentResult } from './checkout.ts';
import { FLIGHTS, findFlight, flightName, formatEuro, type Flight } from './flight-catalogue.ts';
import type { FlightOrder, FlightOrders } from './orders.ts';

interface FlightDesk {
  orders: FlightOrders;
  checkout: Checkout;
}

const PAY_PATH = /^\/flights\/orders\/(N-\d+)\/pay$/;

/** Find a flight, check out, pay by card, see the confirmation or a way to try again. */
export function flightRoutes(desk: FlightDesk): Route[] {
  return [
    { method: 'GET', path: '/flights', handle: () => flightListPage() },
    {
      method: 'POST',
      path: '/flights/orders',
      handle: async ({ signedInCustomer, readForm }) => {
        if (signedInCustomer === undefined) return loginRedirect('/flights');
        const flight = findFlight((await readForm()).get('flight') ?? '');
        if (flight === undefined) return notFoundPage('There is no such flight.');
        // Flights keep the real calendar: three weeks from today, whatever the demo clock says.
        const order = desk.orders.create(signedInCustomer.email, flight, new Date(Date.now() + 21 * 86_400_000));
        return redirect(303, `/flights/orders/${order.ref}/pay`);
      },
    },
    {
      method: 'GET',
      path: PAY_PATH,
      handle: (request) => withOrder(request, desk, (order) => checkoutPage(order)),
    },
    {
      method: 'POST',
      path: PAY_PATH,
      handle: (request) =>
        withOrder(request, desk, async (order) => {
          const form = await request.readForm();
          const card = {
            number: form.get('card_number')?.trim() ?? '',
            expiry: form.get('expiry')?.trim() ?? '',
            cvc: form.get('cvc')?.trim() ?? '',
            name: form.get('cardholder')?.trim() ?? '',
          };
          if (Object.values(card).some((value) => value === '')) {
            return checkoutPage(order, 'Please fill in every card field.', 400);
          }
          return resultPage(order, await desk.checkout.pay(order, card));
        }),
    },
  ];
}

async function withOrder(
  request: WebRequest,
  desk: FlightDesk,
  use: (order: FlightOrder) => WebResponse | Promise<WebResponse>,
): Promise<WebResponse> {
  if (request.signedInCustomer === undefined) return loginRedirect(request.path);
  const order = desk.orders.find(request.params[0] ?? '', request.signedInCustomer.email);
  return order === undefined ? notFoundPage('There is no such order in your account.') : use(order);
}

function flightListPage(): WebResponse {
  return page(
    'Flights',
    `<h1>Flights</h1>
<p>Fly from Demo Town, every day. Prices are per person, in euro, all taxes included.</p>
<ul class="products" aria-label="Flights">
${FLIGHTS.map(renderFlight).join('\n')}
</ul>`,
  );
}

function renderFlight(flight: Flight): string {
  return `<li>
  <h2>${escapeHtml(flightName(flight))}</h2>
  <p>Departs ${escapeHtml(flight.departs)}</p>
  <p><strong>${formatEuro(flight.fare)}</strong></p>
  <form method="post" action="/flights/orders">
    <input type="hidden" name="flight" value="${escapeHtml(flight.id)}">
    <button type="submit" aria-label="Choose ${escapeHtml(flightName(flight))}">Choose</button>
  </form>
</li>`;
}

function checkoutPage(order: FlightOrder, error?: string, status = 200): WebResponse {
  if (order.status === 'paid') return redirect(303, '/account');
  return page(
    'Checkout',
    `<h1>Checkout</h1>
<p>Order number: <strong>${order.ref}</strong></p>
<p>Flight: ${escapeHtml(flightName(order.flight))}, ${escapeHtml(order.departureDate.toDateString())} at ${escapeHtml(order.flight.departs)}</p>
<p>Total: <strong>${formatEuro(order.price)}</strong></p>
<h2>Pay by card</h2>
${error === undefined ? '' : formMessage('error', error)}
<form method="post" action="/flights/orders/${order.ref}/pay" autocomplete="on">
  <label for="card_number">Card number</label>
  <input id="card_number" name="card_number" inputmode="numeric" autocomplete="cc-number" required>
  <label for="expiry">Expiry date (MM/YY)</label>
  <input id="expiry" name="expiry" autocomplete="cc-exp" placeholder="MM/YY" required>
  <label for="cvc">CVC</label>
  <input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" required>
  <label for="cardholder">Name on card</label>
  <input id="cardholder" name="cardholder" autocomplete="cc-name" required>
  <button type="submit">Pay ${formatEuro(order.price)}</button>
</form>`,
    { status },
  );
}

function resultPage(order: FlightOrder, result: PaymentResult): WebResponse {
  if (result.kind === 'confirmed') {
    return page(
      'Your flight is booked',
      `<h1>Thank you, your flight is booked</h1>
<p class="notice" role="status">Payment received.</p>
<p>Order number: <strong>${order.ref}</strong></p>
<p>Flight: ${escapeHtml(flightName(order.flight))}, ${escapeHtml(order.departureDate.toDateString())} at ${escapeHtml(order.flight.departs)}</p>
<p>Amount paid: <strong>${formatEuro(result.amount)}</strong> (card ending ${escapeHtml(result.cardLast4)})</p>
<p>Your e-ticket is on its way to ${escapeHtml(order.customerEmail)}. Your orders are in <a href="/account">My account</a>.</p>`,
    );
  }
  return page(
    'Payment could not be completed',
    `<h1>Payment could not be completed</h1>
${formMessage('error', result.message)}
<p>Order number: <strong>${order.ref}</strong></p>
<p><a href="/flights/orders/${order.ref}/pay">Try again</a></p>
<p>Questions about a payment? <a href="/support/payments">Ask payment help</a>.</p>`,
    { status: result.reason === 'declined' ? 402 : 503 },
  );
}
