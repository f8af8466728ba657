import type { IncomingMessage, ServerResponse } from 'node:http';
import { accountRoutes } from './account-pages.ts';
import { bodyTooLargePage, methodNotAllowedPage, notFoundPage, serverErrorPage } from './error-pages.ts';
import { BodyTooLargeError, readForm } from './form-body.ts';
import { homeRoutes } from './home-page.ts';
import { loginRoutes } from './login-pages.ts';
import { newsletterRoutes } from './newsletter-pages.ts';
import type { WebResponse } from './page.ts';
import type { Route, Shop } from './route.ts';
import { shopRoutes } from './shop-pages.ts';
import { unsubscribeRoutes } from './unsubscribe-pages.ts';

const SHOP_ROUTES: readonly Route[] = [...homeRoutes, ...shopRoutes, ...newsletterRoutes, ...loginRoutes, ...accountRoutes, ...unsubscribeRoutes];

/**
 * The shop's web site as a node:http request listener, with the departments' pages beside the
 * shop's own. It answers every request, whatever it holds.
 */
export function createWebHandler(shop: Shop, departmentRoutes: readonly Route[]): (request: IncomingMessage, response: ServerResponse) => void {
  const routes = [...SHOP_ROUTES, ...departmentRoutes];
  return (request, response) => {
    answer(request, shop, routes)
      .catch((error: unknown) => {
        if (error instanceof BodyTooLargeError) return bodyTooLargePage();
        console.error(`Demo Shop: ${request.method} ${request.url} failed:`, error);
        return serverErrorPage();
      })
      .then((result) => send(response, result))
      .catch((error: unknown) => {
        console.error(`Demo Shop: could not answer ${request.method} ${request.url}:`, error);
        response.destroy();
      });
  };
}

async function answer(request: IncomingMessage, shop: Shop, routes: readonly Route[]): Promise<WebResponse> {
  const url = new URL(request.url ?? '/', 'http://demo-shop.invalid');
  // HEAD is answered like GET; node:http leaves the body out by itself.
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  const matching = routes.flatMap((route) => {
    const params = matchPath(route.path, url.pathname);
    return params === undefined ? [] : [{ route, params }];
  });
  if (matching.length === 0) return notFoundPage();
  const match = matching.find(({ route }) => route.method === method);
  if (match === undefined) return methodNotAllowedPage(matching.map(({ route }) => route.method));
  return match.route.handle(
    {
      path: url.pathname,
      query: url.searchParams,
      params: match.params,
      signedInCustomer: shop.sessions.signedInCustomer(request.headers.cookie),
      readForm: () => readForm(request),
    },
    shop,
  );
}

function matchPath(pattern: string | RegExp, path: string): string[] | undefined {
  if (typeof pattern === 'string') return pattern === path ? [] : undefined;
  return pattern.exec(path)?.slice(1);
}

function send(response: ServerResponse, result: WebResponse): void {
  response.writeHead(result.status, {
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...result.headers,
  });
  response.end(result.body);
}
