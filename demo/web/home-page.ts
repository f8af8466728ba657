import { escapeHtml } from '../html.ts';
import { PRODUCTS, type Product } from '../products.ts';
import { page } from './page.ts';
import type { Route } from './route.ts';

export const homeRoutes: Route[] = [
  {
    method: 'GET',
    path: '/',
    handle: () =>
      page(
        'Outdoor gear for every weather',
        `<h1>Outdoor gear for every weather</h1>
<ul class="products" aria-label="Products">
${PRODUCTS.map(renderProduct).join('\n')}
</ul>
<section class="teaser" aria-label="Newsletter">
  <h2>Get our weekly offers</h2>
  <p>Members hear about our deals first. <a href="/newsletter">Sign up for the newsletter</a>.</p>
</section>`,
      ),
  },
];

// A parcel goes through the delivery checkout; a policy is bought at once by a signed-in customer.
function renderProduct(product: Product): string {
  const buy =
    product.kind === 'parcel'
      ? `<a href="/order/${product.id}">Buy</a>`
      : `<form method="post" action="/shop/buy">
      <input type="hidden" name="product" value="${escapeHtml(product.id)}">
      <button type="submit">Buy</button>
    </form>`;
  return `  <li>
    <h2>${escapeHtml(product.name)}</h2>
    <p>${escapeHtml(product.blurb)}</p>
    <p><strong>${escapeHtml(product.price)}</strong></p>
    ${buy}
  </li>`;
}
