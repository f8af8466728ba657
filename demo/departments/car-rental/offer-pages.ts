import { escapeHtml } from '../../html.ts';
import { loginRedirect } from '../../web/login-pages.ts';
import { page, type WebResponse } from '../../web/page.ts';
import type { Route, WebRequest } from '../../web/route.ts';
import type { CarRentalDesk } from './car-rental-desk.ts';
import { findCarClass } from './fleet.ts';
import { composeOfferMail } from './offer-mail.ts';
import { quotedPrice, rentalPrice } from './pricing.ts';
import { formatDay, readRentalPeriod } from './rental-period.ts';
import { readSearch, searchPath } from './search-page.ts';

/** "Email me this offer" on a search result: the offer goes to the signed-in customer's address. */
export function offerRoutes(desk: CarRentalDesk): Route[] {
  let offersSent = 0;
  const nextReference = (): string => `Q-${1001 + offersSent++}`;
  return [{ method: 'POST', path: '/cars/offer', handle: (request) => sendOffer(request, desk, nextReference) }];
}

async function sendOffer(request: WebRequest, desk: CarRentalDesk, nextReference: () => string): Promise<WebResponse> {
  const search = readSearch(await request.readForm());
  const customer = request.signedInCustomer;
  if (customer === undefined) return loginRedirect(searchPath(search));
  const car = findCarClass(search.carClass);
  const period = readRentalPeriod(search.pickUp, search.dropOff);
  if (car === undefined || typeof period === 'string') {
    return offerPage('Offer not sent', `We could not make this offer: ${typeof period === 'string' ? period : 'unknown car class.'}`, 400);
  }
  const card = desk.loyalty.cardOf(customer);
  const shown = rentalPrice(car, period.days, card !== undefined, desk.faults);
  const offer = {
    reference: nextReference(),
    car,
    period,
    total: quotedPrice(shown, desk.faults),
    card,
    bookingUrl: new URL(searchPath(search), desk.webUrl).href,
  };
  if (!(await desk.outbox.send(composeOfferMail(offer, customer.email)))) {
    return offerPage('Offer not sent', 'Sorry, we could not email the offer right now. Please try again in a few minutes.', 503);
  }
  return offerPage(
    'Your offer is on its way',
    `We have emailed offer ${offer.reference} for the ${car.name}, ${formatDay(period.pickUp)} to ${formatDay(period.dropOff)}, to ${customer.email}.`,
  );
}

function offerPage(title: string, message: string, status = 200): WebResponse {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>\n<p><a href="/cars">Back to car rental</a></p>`, { status });
}
