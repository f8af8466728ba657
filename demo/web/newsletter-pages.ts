import { parseEmailAddress } from '../customers.ts';
import { escapeHtml } from '../html.ts';
import { SHOP_NAME } from '../shop-identity.ts';
import { emailField, formMessage, offersCheckbox, passwordField } from './form-fields.ts';
import { page, type WebResponse } from './page.ts';
import type { Route, Shop, WebRequest } from './route.ts';

export const newsletterRoutes: Route[] = [
  { method: 'GET', path: '/newsletter', handle: () => signUpPage() },
  { method: 'POST', path: '/newsletter', handle: signUp },
];

/** Creates the account (or signs in to an existing one), opts in if asked, and signs the browser in. */
async function signUp(request: WebRequest, shop: Shop): Promise<WebResponse> {
  const form = await request.readForm();
  const email = parseEmailAddress(form.get('email') ?? '');
  const password = form.get('password') ?? '';
  const wantsOffers = form.get('offers') !== null;
  if (email === undefined || password === '') {
    return signUpPage(form.get('email') ?? '', 'Please enter a valid email address and a password.', 400);
  }
  let customer = shop.customers.findByEmail(email);
  if (customer === undefined) {
    customer = await shop.customers.register(email, password);
  } else if ((await shop.customers.authenticate(email, password)) === undefined) {
    return signUpPage(email, 'This email address already has an account with another password. Please sign in instead.', 409);
  }
  // Signing up again with offers ticked re-enables them; unticked leaves an existing choice alone.
  if (wantsOffers) shop.subscriptions.optIn(customer);
  const headers = { 'Set-Cookie': shop.sessions.signIn(customer) };
  return wantsOffers
    ? page(
        "You're subscribed",
        `<h1>You're subscribed</h1>
<p>Thanks, you are subscribed. Our welcome offer is on its way to ${escapeHtml(email)}.</p>
<p>You can change this at any time in <a href="/account">My account</a>.</p>`,
        { headers },
      )
    : page(
        'Your account is ready',
        `<h1>Your account is ready</h1>
<p>You will not receive offers by email. You can change this at any time in <a href="/account">My account</a>.</p>`,
        { headers },
      );
}

function signUpPage(email = '', error?: string, status = 200): WebResponse {
  return page(
    'Newsletter',
    `<h1>Sign up for our newsletter</h1>
<p>Create your ${SHOP_NAME} account and get our best offers every week.</p>
${error === undefined ? '' : formMessage('error', error)}
<form method="post" action="/newsletter">
  ${emailField(email)}
  ${passwordField('new-password')}
  ${offersCheckbox(true)}
  <button type="submit">Subscribe</button>
</form>`,
    { status },
  );
}
