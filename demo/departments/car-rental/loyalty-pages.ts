import { parseEmailAddress, type Customer } from '../../customers.ts';
import { escapeHtml } from '../../html.ts';
import { emailField, formMessage, passwordField } from '../../web/form-fields.ts';
import { page, redirect, type WebResponse } from '../../web/page.ts';
import type { Route, WebRequest } from '../../web/route.ts';
import { PROGRAMME_NAME, type CarRentalDesk } from './car-rental-desk.ts';
import { printedCardNumber } from './loyalty-programme.ts';
import { MEMBER_DISCOUNT_PERCENT } from './pricing.ts';

/** Joining the loyalty programme (a card number for a shop account), and signing in with the card. */
export function loyaltyRoutes(desk: CarRentalDesk): Route[] {
  return [
    { method: 'GET', path: '/cars/loyalty', handle: () => joinPage() },
    { method: 'POST', path: '/cars/loyalty', handle: (request) => join(request, desk) },
    { method: 'GET', path: '/cars/loyalty/sign-in', handle: (request) => signInPage(localPath(request.query.get('next'))) },
    { method: 'POST', path: '/cars/loyalty/sign-in', handle: (request) => signIn(request, desk) },
  ];
}

/** The programme's part of the account page. */
export function loyaltyAccountSection(desk: CarRentalDesk, customer: Customer): string {
  const card = desk.loyalty.cardOf(customer);
  return card === undefined
    ? `<h2>${PROGRAMME_NAME}</h2>
<p>Members save ${MEMBER_DISCOUNT_PERCENT} % on car rental. <a href="/cars/loyalty">Join ${PROGRAMME_NAME}</a>.</p>`
    : `<h2>${PROGRAMME_NAME}</h2>
<p>Your loyalty card number: <strong>${printedCardNumber(card)}</strong></p>`;
}

/** Opens an account or uses the existing one (same password), issues the card and signs the browser in. */
async function join(request: WebRequest, desk: CarRentalDesk): Promise<WebResponse> {
  const form = await request.readForm();
  const email = parseEmailAddress(form.get('email') ?? '');
  const password = form.get('password') ?? '';
  if (email === undefined || password === '') {
    return joinPage(form.get('email') ?? '', 'Please enter a valid email address and a password.', 400);
  }
  let customer = desk.customers.findByEmail(email);
  if (customer === undefined) {
    customer = await desk.customers.register(email, password);
  } else if ((await desk.customers.authenticate(email, password)) === undefined) {
    return joinPage(email, 'This email address already has an account with another password. Please use that password.', 409);
  }
  const card = desk.loyalty.join(customer);
  return page(
    `Welcome to ${PROGRAMME_NAME}`,
    `<h1>Welcome to ${PROGRAMME_NAME}</h1>
<p>Your loyalty card number: <strong>${printedCardNumber(card)}</strong></p>
<p>Sign in with it to see member prices. <a href="/cars">Find a car</a>.</p>`,
    { headers: { 'Set-Cookie': desk.sessions.signIn(customer) } },
  );
}

async function signIn(request: WebRequest, desk: CarRentalDesk): Promise<WebResponse> {
  const form = await request.readForm();
  const next = localPath(form.get('next'));
  const holder = desk.loyalty.holderOf(form.get('card') ?? '');
  const customer = holder === undefined ? undefined : await desk.customers.authenticate(holder, form.get('password') ?? '');
  if (customer === undefined) return signInPage(next, 'The card number or the password is wrong.', 401);
  return redirect(303, next, { 'Set-Cookie': desk.sessions.signIn(customer) });
}

function joinPage(email = '', error?: string, status = 200): WebResponse {
  return page(
    PROGRAMME_NAME,
    `<h1>${PROGRAMME_NAME}</h1>
<p>Our loyalty programme for car rental: members save ${MEMBER_DISCOUNT_PERCENT} % on every rental.</p>
${error === undefined ? '' : formMessage('error', error)}
<form method="post" action="/cars/loyalty" aria-label="Join ${PROGRAMME_NAME}">
  ${emailField(email)}
  ${passwordField('new-password')}
  <button type="submit">Join ${PROGRAMME_NAME}</button>
</form>
<p>Already a member? <a href="/cars/loyalty/sign-in">Sign in with your loyalty card</a>.</p>`,
    { status },
  );
}

function signInPage(next: string, error?: string, status = 200): WebResponse {
  return page(
    'Sign in with your loyalty card',
    `<h1>Sign in with your loyalty card</h1>
${error === undefined ? '' : formMessage('error', error)}
<form method="post" action="/cars/loyalty/sign-in">
  <input type="hidden" name="next" value="${escapeHtml(next)}">
  <label for="card">Loyalty card number</label>
  <input id="card" name="card" type="text" inputmode="numeric" autocomplete="off" required>
  ${passwordField('current-password')}
  <button type="submit">Sign in</button>
</form>
<p>Not a member yet? <a href="/cars/loyalty">Join ${PROGRAMME_NAME}</a>.</p>`,
    { status },
  );
}

// Only a path on this site, so that the sign-in form cannot send the browser to another site.
function localPath(next: string | null): string {
  return next !== null && /^\/(?![/\\])[\x21-\x7e]*$/.test(next) ? next : '/cars';
}
