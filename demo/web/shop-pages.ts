import { escapeHtml } from '../html.ts';
import { findProduct } from '../products.ts';
import { notFoundPage } from './error-pages.ts';
import { loginRedirect } from './login-pages.ts';
import { page } from './page.ts';
import type { Route } from './route.ts';

/** Buying a policy (insurance): the signed-in customer holds it from then on. */
export const shopRoutes: Route[] = [
  {
    method: 'POST',
    path: '/shop/buy',
    handle: async ({ signedInCustomer, readForm }) => {
      if (signedInCustomer === undefined) return loginRedirect('/');
      const product = findProduct((await readForm()).get('product') ?? '');
      if (product?.kind !== 'policy') return notFoundPage('We do not sell this product here.');
      signedInCustomer.holdings.add(product.id);
      return page(
        'Thank you for your purchase',
        `<h1>Thank you for your purchase</h1>
<p>Your <strong>${escapeHtml(product.name)}</strong> is active from today. You find it under
  <a href="/account">My account</a>.</p>`,
      );
    },
  },
];
