import type { Customer } from '../../customers.ts';
import { escapeHtml } from '../../html.ts';
import { formMessage } from '../../web/form-fields.ts';
import { page, type WebResponse } from '../../web/page.ts';
import type { Route, WebRequest } from '../../web/route.ts';
import { PROGRAMME_NAME, type CarRentalDesk } from './car-rental-desk.ts';
import { FLEET, type CarClass } from './fleet.ts';
import { MEMBER_DISCOUNT_PERCENT, formatEuros, rentalPrice } from './pricing.ts';
import { formatDay, readRentalPeriod, type RentalPeriod } from './rental-period.ts';

/** The search form and its results on one page: GET /cars?pickup=YYYY-MM-DD&return=YYYY-MM-DD&class=id. */
export function searchRoutes(desk: CarRentalDesk): Route[] {
  return [{ method: 'GET', path: '/cars', handle: (request) => searchPage(request, desk) }];
}

/** The search as the form and the links carry it. */
export interface CarSearch {
  pickUp: string;
  dropOff: string;
  carClass: string;
}

export function readSearch(fields: URLSearchParams): CarSearch {
  return { pickUp: fields.get('pickup') ?? '', dropOff: fields.get('return') ?? '', carClass: fields.get('class') ?? '' };
}

/** The results page's address for a search, e.g. to come back to after signing in. */
export function searchPath(search: CarSearch): string {
  return `/cars?${new URLSearchParams({ pickup: search.pickUp, return: search.dropOff, class: search.carClass })}`;
}

function searchPage(request: WebRequest, desk: CarRentalDesk): WebResponse {
  const search = readSearch(request.query);
  if (!request.query.has('pickup') && !request.query.has('return')) return carRentalPage(searchForm(search));
  const period = readRentalPeriod(search.pickUp, search.dropOff);
  if (typeof period === 'string') return searchProblem(period, search);
  const cars = search.carClass === '' ? FLEET : FLEET.filter((car) => car.id === search.carClass);
  if (cars.length === 0) return searchProblem('Please choose a car class from the list.', search);
  const customer = request.signedInCustomer;
  const card = customer === undefined ? undefined : desk.loyalty.cardOf(customer);
  return carRentalPage(`${searchForm(search)}
<h2>Cars for ${period.days} ${period.days === 1 ? 'day' : 'days'}, ${formatDay(period.pickUp)} to ${formatDay(period.dropOff)}</h2>
${membershipNote(customer, card, search)}
<ul class="products" aria-label="Available cars">
${cars.map((car) => resultItem(car, period, search, card !== undefined, desk)).join('\n')}
</ul>`);
}

function carRentalPage(content: string, status = 200): WebResponse {
  return page('Car rental', `<h1>Car rental</h1>\n${content}`, { status });
}

function searchProblem(problem: string, search: CarSearch): WebResponse {
  return carRentalPage(`${formMessage('error', problem)}\n${searchForm(search)}`, 400);
}

function searchForm(search: CarSearch): string {
  const options = [{ id: '', name: 'Any class' }, ...FLEET]
    .map(({ id, name }) => `<option value="${id}"${id === search.carClass ? ' selected' : ''}>${escapeHtml(name)}</option>`)
    .join('');
  return `<form method="get" action="/cars" aria-label="Search cars">
  <label for="pickup">Pick-up date</label>
  <input id="pickup" name="pickup" type="date" required value="${escapeHtml(search.pickUp)}">
  <label for="return">Return date</label>
  <input id="return" name="return" type="date" required value="${escapeHtml(search.dropOff)}">
  <label for="class">Car class</label>
  <select id="class" name="class">${options}</select>
  <button type="submit">Search cars</button>
</form>`;
}

function membershipNote(customer: Customer | undefined, card: string | undefined, search: CarSearch): string {
  if (card !== undefined) {
    return formMessage('notice', `Signed in with ${PROGRAMME_NAME} card ending ${card.slice(-4)}: you see member prices.`);
  }
  const join = `<a href="/cars/loyalty">join ${PROGRAMME_NAME}</a>`;
  const signIn = `<a href="/cars/loyalty/sign-in?next=${encodeURIComponent(searchPath(search))}">sign in with your loyalty card</a>`;
  return `<p>${PROGRAMME_NAME} members save ${MEMBER_DISCOUNT_PERCENT} %: ${customer === undefined ? `${signIn} or ${join}` : join}.</p>`;
}

function resultItem(car: CarClass, period: RentalPeriod, search: CarSearch, member: boolean, desk: CarRentalDesk): string {
  const total = rentalPrice(car, period.days, member, desk.faults);
  const hidden = Object.entries({ pickup: search.pickUp, return: search.dropOff, class: car.id })
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('');
  return `  <li aria-labelledby="car-${car.id}">
    <h3 id="car-${car.id}">${escapeHtml(car.name)}</h3>
    <p>${escapeHtml(car.example)}</p>
    <p>${formatEuros(car.dailyRate)} per day</p>
    <p>${member ? 'Your member price' : 'Total'} for ${period.days} ${period.days === 1 ? 'day' : 'days'}: <strong>${formatEuros(total)}</strong></p>
    <form method="post" action="/cars/offer">${hidden}<button type="submit">Email me this offer</button></form>
  </li>`;
}
