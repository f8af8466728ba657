import type { Customer } from '../../customers.ts';
import { parseEmailAddress } from '../../customers.ts';
import { escapeHtml } from '../../html.ts';
import { emailField, formMessage, passwordField } from '../../web/form-fields.ts';
import { page, type WebResponse } from '../../web/page.ts';
import type { Route, Shop, WebRequest } from '../../web/route.ts';
import { formatDay } from './calendar.ts';
import type { MembershipBook } from './membership-book.ts';
import { PLAN, TERM_FEE } from './membership-mail.ts';

/** /membership: what the plan offers and how to join; joining also creates the account if needed. */
export function membershipRoutes(book: MembershipBook): Route[] {
  return [
    { method: 'GET', path: '/membership', handle: ({ signedInCustomer }) => planPage(book, signedInCustomer) },
    { method: 'POST', path: '/membership', handle: (request, shop) => join(request, shop, book) },
  ];
}

/** The membership as the account page shows it. */
export function membershipSection(book: MembershipBook, customer: Customer): string {
  const membership = book.find(customer);
  const body =
    membership === undefined
      ? `<p>You are not a member yet. <a href="/membership">Join ${escapeHtml(PLAN)}</a></p>`
      : `<p>Member since ${formatDay(membership.since)}. Renews on <strong>${formatDay(membership.renewsOn)}</strong>.</p>
<p><a href="/membership/support">Chat with membership support</a></p>`;
  return `<section aria-labelledby="membership-heading">
<h2 id="membership-heading">${escapeHtml(PLAN)} membership</h2>
${body}
</section>`;
}

async function join(request: WebRequest, shop: Shop, book: MembershipBook): Promise<WebResponse> {
  let customer = request.signedInCustomer;
  const headers: Record<string, string> = {};
  if (customer === undefined) {
    const form = await request.readForm();
    const email = parseEmailAddress(form.get('email') ?? '');
    const password = form.get('password') ?? '';
    if (email === undefined || password === '') return planPage(book, undefined, 'Please enter a valid email address and a password.', 400);
    customer = shop.customers.findByEmail(email) ?? (await shop.customers.register(email, password));
    if ((await shop.customers.authenticate(email, password)) === undefined) {
      return planPage(book, undefined, 'This email address already has an account with another password. Please sign in first.', 409);
    }
    headers['Set-Cookie'] = shop.sessions.signIn(customer);
  }
  const membership = book.join(customer);
  return page(
    `Welcome to ${PLAN}`,
    `<h1>Welcome to ${escapeHtml(PLAN)}</h1>
<p>Your membership renews on <strong>${formatDay(membership.renewsOn)}</strong>. See it any time in <a href="/account">My account</a>.</p>`,
    { headers },
  );
}

function planPage(book: MembershipBook, customer: Customer | undefined, error?: string, status = 200): WebResponse {
  const membership = customer === undefined ? undefined : book.find(customer);
  const action =
    membership !== undefined
      ? `<p>You are a member. Your membership renews on <strong>${formatDay(membership.renewsOn)}</strong>.</p>`
      : `${error === undefined ? '' : formMessage('error', error)}
<form method="post" action="/membership">
  ${customer === undefined ? `${emailField()}\n  ${passwordField('new-password')}` : `<p>Signed in as ${escapeHtml(customer.email)}.</p>`}
  <button type="submit">Join ${escapeHtml(PLAN)}</button>
</form>`;
  return page(
    PLAN,
    `<h1>${escapeHtml(PLAN)}</h1>
<p>Free delivery on every order and member prices all year, for ${TERM_FEE} every two years. Your membership renews every two years; we remind you a month before.</p>
${action}`,
    { status },
  );
}
