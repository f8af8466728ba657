import type { BrowserContext } from '@playwright/test';
import { isAllowedOrigin } from './allowed-origins.ts';

/**
 * Keeps a browser context on the company's allowed origins: any other request (a tracking pixel
 * in an email, a redirect to a third party) is aborted and remembered for the report.
 */
export async function guardOrigins(context: BrowserContext, allowedOrigins: readonly string[]): Promise<string[]> {
  const blocked: string[] = [];
  await context.route(/^(https?|wss?):/, (route) => {
    const url = route.request().url();
    if (isAllowedOrigin(url, allowedOrigins)) return route.fallback();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return blocked;
}
