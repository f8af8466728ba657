import { escapeHtml } from '../html.ts';
import { emailField, formMessage, passwordField } from './form-fields.ts';
import { page, redirect, type WebResponse } from './page.ts';
import type { Route, Shop, WebRequest } from './route.ts';

export const loginRoutes: Route[] = [
  { method: 'GET', path: '/login', handle: (request) => loginPage(safeNext(request.query.get('next'))) },
  { method: 'POST', path: '/login', handle: logIn },
];

/** Where a page that needs a signed-in customer sends an anonymous visitor. */
export function loginRedirect(path: string): WebResponse {
  return redirect(302, `/login?next=${encodeURIComponent(path)}`);
}

async function logIn(request: WebRequest, shop: Shop): Promise<WebResponse> {
  const form = await request.readForm();
  const email = form.get('email') ?? '';
  const next = safeNext(form.get('next'));
  const customer = await shop.customers.authenticate(email, form.get('password') ?? '');
  if (customer === undefined) {
    return loginPage(next, email, 'The email address or the password is wrong.', 401);
  }
  return redirect(303, next, { 'Set-Cookie': shop.sessions.signIn(customer) });
}

function loginPage(next: string, email = '', error?: string, status = 200): WebResponse {
  return page(
    'Sign in',
    `<h1>Sign in</h1>
${error === undefined ? '' : formMessage('error', error)}
<form method="post" action="/login">
  <input type="hidden" name="next" value="${escapeHtml(next)}">
  ${emailField(email)}
  ${passwordField('current-password')}
  <button type="submit">Sign in</button>
</form>
<p>No account yet? <a href="/newsletter">Sign up</a>.</p>`,
    { status },
  );
}

// Only a path on this site (printable ASCII, as a Location header needs), so that the login
// form cannot be used to redirect to another site.
function safeNext(next: string | null): string {
  return next !== null && /^\/(?![/\\])[\x21-\x7e]*$/.test(next) ? next : '/account';
}
