import { parseEmailAddress } from '../customers.ts';
import { escapeHtml } from '../html.ts';
import { SHOP_NAME } from '../shop-identity.ts';
import { readContactChoice } from './contact-choice.ts';
import { callOffersCheckbox, emailField, formMessage, mobileField, offersCheckbox, passwordField, textOffersCheckbox } from './form-fields.ts';
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
  const typed = { email: form.get('email') ?? '', mobile: form.get('mobile') ?? '' };
  if (email === undefined || password === '') {
    return signUpPage(typed, 'Please enter a valid email address and a password.', 400);
  }
  const choice = readContactChoice(form);
  if ('error' in choice) return signUpPage(typed, choice.error, 400);
  let customer = shop.customers.findByEmail(email);
  if (customer === undefined) {
    customer = await shop.customers.register(email, password);
  } else if ((await shop.customers.authenticate(email, password)) === undefined) {
    return signUpPage(typed, 'This email address already has an account with another password. Please sign in instead.', 409);
  }
  if (choice.mobile !== undefined) customer.mobile = choice.mobile;
  // Signing up again with offers ticked re-enables them; unticked leaves an existing choice alone.
  shop.subscriptions.choose(customer, { email: choice.email || undefined, texts: choice.texts || undefined, calls: choice.calls || undefined });
  const headers = { 'Set-Cookie': shop.sessions.signIn(customer) };
  const channels = [
    ...(choice.email ? [`by email to ${escapeHtml(email)}`] : []),
    ...(choice.texts ? [`by text to ${escapeHtml(choice.mobile ?? '')}`] : []),
    ...(choice.calls ? [`by phone at ${escapeHtml(choice.mobile ?? '')}`] : []),
  ];
  return channels.length > 0
    ? page(
        "You're subscribed",
        `<h1>You're subscribed</h1>
<p>Thanks, you are subscribed to our offers ${channels.join(' and ')}. Our welcome offer is on its way.</p>
<p>You can change this at any time in <a href="/account">My account</a>.</p>`,
        { headers },
      )
    : page(
        'Your account is ready',
        `<h1>Your account is ready</h1>
<p>You will not receive offers. You can change this at any time in <a href="/account">My account</a>.</p>`,
        { headers },
      );
}

function signUpPage(typed = { email: '', mobile: '' }, error?: string, status = 200): WebResponse {
  return page(
    'Newsletter',
    `<h1>Sign up for our newsletter</h1>
<p>Create your ${SHOP_NAME} account and get our best offers every week.</p>
${error === undefined ? '' : formMessage('error', error)}
<form method="post" action="/newsletter">
  ${emailField(typed.email)}
  ${passwordField('new-password')}
  ${offersCheckbox(true)}
  ${mobileField(typed.mobile)}
  ${textOffersCheckbox(false)}
  ${callOffersCheckbox(false)}
  <button type="submit">Subscribe</button>
</form>`,
    { status },
  );
}
