import type { Customer } from '../customers.ts';
import { escapeHtml } from '../html.ts';
import { findProduct } from '../products.ts';
import { readContactChoice } from './contact-choice.ts';
import { callOffersCheckbox, formMessage, mobileField, offersCheckbox, textOffersCheckbox } from './form-fields.ts';
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
      const choice = readContactChoice(await readForm());
      if ('error' in choice) return accountPage(signedInCustomer, shop, { error: choice.error }, 400);
      signedInCustomer.mobile = choice.mobile;
      shop.subscriptions.choose(signedInCustomer, { email: choice.email, texts: choice.texts, calls: choice.calls });
      return accountPage(signedInCustomer, shop, { notice: 'Your preferences are saved.' });
    },
  },
];

function accountPage(customer: Customer, shop: Shop, message: { notice?: string; error?: string } = {}, status = 200): WebResponse {
  return page(
    'My account',
    `<h1>My account</h1>
<p>Signed in as <strong>${escapeHtml(customer.email)}</strong>.</p>
${message.notice === undefined ? '' : formMessage('notice', message.notice)}
${message.error === undefined ? '' : formMessage('error', message.error)}
<h2>Contact preferences</h2>
<form method="post" action="/account/preferences">
  ${offersCheckbox(customer.wantsOffers)}
  ${mobileField(customer.mobile)}
  ${textOffersCheckbox(customer.wantsTextOffers)}
  ${callOffersCheckbox(customer.wantsCalls)}
  <button type="submit">Save preferences</button>
</form>
${productsSection(customer)}
${shop.accountSections.map((section) => section(customer)).join('\n')}`,
    { status },
  );
}

function productsSection(customer: Customer): string {
  const names = [...customer.holdings].map((id) => findProduct(id)?.name ?? id);
  if (names.length === 0) return '';
  return `<h2>Your products</h2>
<ul>${names.map((name) => `<li>${escapeHtml(name)}</li>`).join('')}</ul>`;
}
