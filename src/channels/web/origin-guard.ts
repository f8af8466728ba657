import type { BrowserContext, Request, Route, WebSocketRoute } from '@playwright/test';
import type { OriginPolicy } from '../../safety/origin-policy.ts';
import type { RateLimiter } from '../../safety/rate-limiter.ts';

/** The requests that cost the company a page or an API call: these wait for their turn. */
const PACED = new Set(['document', 'xhr', 'fetch']);

/**
 * Keeps a browser context on the company's allowed origins and pace: any other request (a
 * tracking pixel in an email, a redirect to a third party, a WebSocket elsewhere) is aborted before
 * it is sent and recorded in the policy; pages and API calls on the allowed origins wait for the
 * limiter.
 */
export async function guardOrigins(context: BrowserContext, policy: OriginPolicy, limiter: RateLimiter): Promise<void> {
  await context.route(/^https?:/, async (route) => {
    const request = route.request();
    if (!policy.allows(request.url())) {
      policy.refuse(request.url(), purposeOf(request), isNavigation(request));
      return route.abort('blockedbyclient');
    }
    if (PACED.has(request.resourceType())) await limiter.turn();
    return request.resourceType() === 'document' ? openWithoutLeaving(route, policy) : route.fallback();
  });
  await context.routeWebSocket(/.*/, (socket: WebSocketRoute) => {
    // Origins are http(s); a WebSocket to the same host and port is wss/ws.
    if (policy.allows(socket.url().replace(/^ws/, 'http'))) return socket.connectToServer();
    policy.refuse(socket.url(), 'open a WebSocket to', false);
    return socket.close();
  });
}

/**
 * Playwright routes only the first URL of a redirect chain: the browser would follow a redirect to
 * a third party unasked. So a page is fetched here without following redirects, and a redirect to
 * an origin the target does not allow is refused before the browser sees it.
 */
async function openWithoutLeaving(route: Route, policy: OriginPolicy): Promise<void> {
  const request = route.request();
  let response: Awaited<ReturnType<Route['fetch']>>;
  try {
    response = await fetchAsABrowserDoes(route);
  } catch (error) {
    // The page failed as the browser would have failed it: the same network error reaches the page,
    // so that a company that is down reads as down (refused, unknown), not as a page that hangs.
    return route.abort(networkErrorOf(error));
  }
  const location = response.headers().location;
  const next = location && response.status() >= 300 && response.status() < 400 ? new URL(location, request.url()).href : undefined;
  if (next && !policy.allows(next)) {
    policy.refuse(next, isNavigation(request) ? 'follow a redirect to' : 'follow a redirect of a frame to', isNavigation(request));
    return route.abort('blockedbyclient');
  }
  return route.fulfill({ response });
}

/**
 * Each page is fetched on a connection of its own. A kept-alive connection may be closed by the
 * server just as it is reused (Node's servers close idle ones after 5 s): a browser then sends the
 * request again on a new connection, whatever its method, as the server never read it. route.fetch
 * neither resends nor tells a reused connection from a new one, so it is given no connection to
 * reuse, and a connection dropped before an answer is the company's, as it is to a browser.
 */
function fetchAsABrowserDoes(route: Route): Promise<Awaited<ReturnType<Route['fetch']>>> {
  return route.fetch({ maxRedirects: 0, headers: { ...route.request().headers(), connection: 'close' } });
}

function isNavigation(request: Request): boolean {
  return request.isNavigationRequest() && request.frame().parentFrame() === null;
}

function purposeOf(request: Request): string {
  return isNavigation(request) ? 'open' : `load the ${request.resourceType()} at`;
}

/** The browser's error code for why fetching the page failed (Node's error codes, in the message). */
function networkErrorOf(error: unknown): string {
  const message = (error as Error).message ?? '';
  if (/ECONNREFUSED/.test(message)) return 'connectionrefused';
  if (/ENOTFOUND|EAI_AGAIN/.test(message)) return 'namenotresolved';
  if (/ECONNRESET|EPIPE|socket hang up/.test(message)) return 'connectionreset';
  if (/ETIMEDOUT|[Tt]imeout/.test(message)) return 'timedout';
  if (/EHOSTUNREACH|ENETUNREACH/.test(message)) return 'addressunreachable';
  return 'failed';
}
