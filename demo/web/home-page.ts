import { escapeHtml } from '../html.ts';
import { page } from './page.ts';
import type { Route } from './route.ts';

const PRODUCTS = [
  { name: 'Rain jacket', price: '€89.00', blurb: 'Light, packable, fully taped seams.' },
  { name: 'Walking boots', price: '€79.00', blurb: 'Waterproof leather, grippy sole.' },
  { name: 'Wool socks, 3 pairs', price: '€24.00', blurb: 'Merino blend, warm and soft.' },
  { name: 'Day backpack', price: '€49.00', blurb: '22 litres, padded laptop pocket.' },
];

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

function renderProduct(product: (typeof PRODUCTS)[number]): string {
  return `  <li>
    <h2>${escapeHtml(product.name)}</h2>
    <p>${escapeHtml(product.blurb)}</p>
    <p><strong>${escapeHtml(product.price)}</strong></p>
  </li>`;
}
