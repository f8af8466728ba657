import type { BrowserContext, Request } from '@playwright/test';
import type { OriginPolicy } from '../../safety/origin-policy.ts';
import type { RateLimiter } from '../../safety/rate-limiter.ts';

/** The requests that cost the company a page or an API call: these wait for their turn. */
const PACED = new Set(['document', 'xhr', 'fetch']);

/**
 * Keeps a browser context on the company's allowed origins and pace: any other request (a
 * tracking pixel in an email, a redirect to a third party) is aborted and recorded in the policy;
 * pages and API calls on the allowed origins wait for the limiter.
 */
export async function guardOrigins(context: BrowserContext, policy: OriginPolicy, limiter: RateLimiter): Promise<void> {
  await context.route(/^(https?|wss?):/, async (route) => {
    const request = route.request();
    if (!policy.allows(request.url())) {
      policy.refuse(request.url(), purposeOf(request), isNavigation(request));
      return route.abort('blockedbyclient');
    }
    if (PACED.has(request.resourceType())) await limiter.turn();
    return route.fallback();
  });
}

function isNavigation(request: Request): boolean {
  return request.isNavigationRequest() && request.frame().parentFrame() === null;
}

function purposeOf(request: Request): string {
  if (isNavigation(request)) return 'open';
  return `load a ${request.resourceType()} from`;
}
