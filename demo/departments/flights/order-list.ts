import { escapeHtml } from '../../html.ts';
import { flightName, formatEuro } from './flight-catalogue.ts';
import type { FlightOrder } from './orders.ts';

/** The flight orders on the account page, each with its amount and whether it is paid. */
export function orderListSection(orders: readonly FlightOrder[]): string {
  const rows = orders.map(
    (order) => `<tr>
    <td>${order.ref}</td>
    <td>${escapeHtml(flightName(order.flight))}</td>
    <td>${formatEuro(order.paid?.amount ?? order.price)}</td>
    <td>${order.status === 'paid' ? 'Paid' : 'Unpaid'}</td>
  </tr>`,
  );
  return `<section aria-labelledby="flight-orders">
<h2 id="flight-orders">Flight orders</h2>
${
  orders.length === 0
    ? '<p>No flight orders yet. <a href="/flights">Find a flight</a>.</p>'
    : `<table>
  <caption>Your flight orders</caption>
  <thead><tr><th scope="col">Order</th><th scope="col">Flight</th><th scope="col">Amount</th><th scope="col">Status</th></tr></thead>
  <tbody>
  ${rows.join('\n  ')}
  </tbody>
</table>`
}
<p>Questions about a payment? <a href="/support/payments">Ask payment help</a>.</p>
</section>`;
}
