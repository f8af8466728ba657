import type { FaultSet } from '../../faults.ts';
import { escapeHtml } from '../../html.ts';
import { notFoundPage } from '../../web/error-pages.ts';
import { page, redirect, type WebResponse } from '../../web/page.ts';
import type { Route } from '../../web/route.ts';
import { formatDay, formatMoment, formatTime, PICK_UP_HOURS, PICK_UP_POINT } from './delivery-plan.ts';
import type { Dispatch } from './dispatch.ts';
import type { Parcel, Parcels } from './parcels.ts';

const PARCEL_PATH = /^\/track\/([A-Za-z0-9]+)$/;
const PICK_UP_PATH = /^\/track\/([A-Za-z0-9]+)\/pick-up$/;

/** Parcel tracking: look a parcel up, follow it, or have it left at the pick-up point instead. */
export function trackingRoutes(parcels: Parcels, dispatch: Dispatch, faults: FaultSet): Route[] {
  return [
    {
      method: 'GET',
      path: '/track',
      handle: ({ query }) => {
        const number = query.get('parcel');
        if (number === null) return lookupPage();
        const parcel = parcels.find(number);
        return parcel === undefined ? lookupPage(number, 404) : redirect(303, `/track/${parcel.id}`);
      },
    },
    {
      method: 'GET',
      path: PARCEL_PATH,
      handle: ({ params }) => {
        const parcel = parcels.find(params[0] ?? '');
        if (parcel === undefined) return notFoundPage('We could not find this parcel. Please check its number.');
        // The fault: the page shows the carrier's raw feed instead of telling the customer what it means.
        return faults.has('tracking-jargon-no-eta') ? carrierFeedPage(parcel) : trackingPage(parcel);
      },
    },
    {
      method: 'POST',
      path: PICK_UP_PATH,
      handle: ({ params }) => {
        const parcel = parcels.find(params[0] ?? '');
        if (parcel === undefined) return notFoundPage('We could not find this parcel. Please check its number.');
        dispatch.redirectToPickUpPoint(parcel);
        return redirect(303, `/track/${parcel.id}`);
      },
    },
  ];
}

function lookupPage(typed = '', status = 200): WebResponse {
  return page(
    'Track a parcel',
    `<h1>Track a parcel</h1>
${status === 404 ? `<p class="error" role="alert">We could not find parcel ${escapeHtml(typed)}. Please check its number.</p>` : ''}
<form method="get" action="/track">
  <label for="parcel">Parcel number</label>
  <input id="parcel" name="parcel" required value="${escapeHtml(typed)}">
  <button type="submit">Track</button>
</form>`,
    { status },
  );
}

function trackingPage(parcel: Parcel): WebResponse {
  const { slot } = parcel;
  const arrival =
    parcel.delivery === 'home'
      ? `<p><strong>Expected on ${formatDay(slot.day)}, between ${formatTime(slot.fromHour)} and ${formatTime(slot.toHour)}.</strong></p>
<p>Not at home then? Collect it from ${escapeHtml(PICK_UP_POINT)} instead.</p>
<form method="post" action="/track/${parcel.id}/pick-up">
  <button type="submit">Collect it from the pick-up point instead</button>
</form>`
      : `<p><strong>Ready to collect from ${formatDay(slot.day)} at ${escapeHtml(PICK_UP_POINT)}, open ${formatTime(PICK_UP_HOURS.from)}–${formatTime(PICK_UP_HOURS.to)}.</strong></p>`;
  return page(
    `Your parcel ${parcel.id}`,
    `<h1>Your parcel ${parcel.id}</h1>
<p>${escapeHtml(parcel.product.name)} for ${escapeHtml(parcel.recipient.name)}${parcel.delivery === 'home' ? `, ${escapeHtml(parcel.recipient.address)}` : ''}.</p>
<section aria-label="When it arrives">
<h2>When it arrives</h2>
${arrival}
</section>
<section aria-label="So far">
<h2>So far</h2>
<ol>
${parcel.events.map((event) => `  <li>${formatMoment(event.at)}: ${escapeHtml(event.plain)}</li>`).join('\n')}
</ol>
</section>`,
  );
}

function carrierFeedPage(parcel: Parcel): WebResponse {
  return page(
    `Shipment ${parcel.id}`,
    `<h1>Shipment ${parcel.id}</h1>
<table>
  <tr><th>Time</th><th>Event</th></tr>
${parcel.events.map((event) => `  <tr><td>${event.at.toISOString().slice(0, 16).replace('T', ' ')}</td><td>${escapeHtml(event.internal)}</td></tr>`).join('\n')}
</table>`,
  );
}
