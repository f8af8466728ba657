import { escapeHtml } from '../html.ts';
import { SHOP_NAME, SUPPORT_ADDRESS } from '../shop-identity.ts';

export interface WebResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A full HTML page in the shop's layout; `content` is trusted HTML, the title is escaped. */
export function page(
  title: string,
  content: string,
  options: { status?: number; headers?: Record<string, string> } = {},
): WebResponse {
  return {
    status: options.status ?? 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', ...options.headers },
    body: renderLayout(title, content),
  };
}

export function redirect(status: 302 | 303, location: string, headers: Record<string, string> = {}): WebResponse {
  return { status, headers: { Location: location, ...headers }, body: '' };
}

const STYLE = `
  body { margin: 0; font-family: system-ui, Arial, sans-serif; color: #222; background: #f7f7f4; }
  header, footer { background: #1d6b52; color: #fff; padding: 12px 24px; }
  header { display: flex; justify-content: space-between; align-items: center; }
  header a, footer a { color: #fff; }
  .brand { font-size: 1.4em; font-weight: bold; text-decoration: none; }
  nav a { margin-left: 16px; }
  main { max-width: 760px; margin: 24px auto; padding: 0 24px; }
  form { display: grid; gap: 8px; max-width: 360px; }
  input[type=email], input[type=password] { padding: 6px; }
  button { padding: 8px 16px; background: #1d6b52; color: #fff; border: 0; cursor: pointer; justify-self: start; }
  .products { display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); gap: 16px; padding: 0; }
  .products li { list-style: none; background: #fff; padding: 12px; border: 1px solid #ddd; }
  .teaser, .notice { background: #e6f2ec; padding: 12px; }
  .error { background: #fbe9e7; padding: 12px; }
  footer { font-size: 0.85em; margin-top: 48px; }
`;

function renderLayout(title: string, content: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} | ${SHOP_NAME}</title>
  <style>${STYLE}</style>
</head>
<body>
  <header>
    <a class="brand" href="/">${SHOP_NAME}</a>
    <nav aria-label="Main">
      <a href="/">Shop</a>
      <a href="/cars">Car rental</a>
      <a href="/flights">Flights</a>
      <a href="/membership">Membership</a>
      <a href="/track">Track a parcel</a>
      <a href="/contact">Contact us</a>
      <a href="/newsletter">Newsletter</a>
      <a href="/account">My account</a>
    </nav>
  </header>
  <main>
${content}
  </main>
  <footer>
    <p>${SHOP_NAME}, 1 Example Street, Demo Town.
      Questions? Write to <a href="mailto:${SUPPORT_ADDRESS}">${SUPPORT_ADDRESS}</a>.</p>
  </footer>
</body>
</html>`;
}
