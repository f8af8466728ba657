import type { Customer } from '../customers.ts';
import { escapeHtml } from '../html.ts';
import { formMessage, offersCheckbox } from './form-fields.ts';
import { loginRedirect } from './login-pages.ts';
import { page, type WebResponse } from './page.ts';
import type { Route, Shop } from './route.ts';

export const accountRoutes: Route[] = [
  {
    method: 'GET',
    path: '/account',
    handle: ({ signedInCustomer }, shop) =>
      signedInCustomer === undefined ? loginRedirect('/account') : accountPage(signedInCustomer, shop),
  },
  {
    method: 'POST',
    path: '/account/preferences',
    handle: async ({ signedInCustomer, readForm }, shop) => {
      if (signedInCustomer === undefined) return loginRedirect('/account');
      const form = await readForm();
      if (form.get('offers') === null) shop.subscriptions.optOut(signedInCustomer);
      else shop.subscriptions.optIn(signedInCustomer);
      return accountPage(signedInCustomer, shop, 'Your preferences are saved.');
    },
  },
];

function accountPage(customer: Customer, shop: Shop, notice?: string): WebResponse {
  return page(
    'My account',
    `<h1>My account</h1>
<p>Signed in as <strong>${escapeHtml(customer.email)}</strong>.</p>
${notice === undefined ? '' : formMessage('notice', notice)}
<h2>Email preferences</h2>
<form method="post" action="/account/preferences">
  ${offersCheckbox(customer.wantsOffers)}
  <button type="submit">Save preferences</button>
</form>
${shop.accountSections.map((section) => section(customer)).join('\n')}`,
  );
}
