import type { TestInfo } from '@playwright/test';
import type { BlockedRequest } from './origin-policy.ts';

export const BLOCKED_CONTENT_TYPE = 'application/vnd.mystery-shopper.blocked-requests+json';

/** The scenario's evidence of what the guards refused: one attachment listing every blocked URL. */
export async function attachBlockedRequests(testInfo: TestInfo, blocked: readonly BlockedRequest[]): Promise<void> {
  if (blocked.length === 0) return;
  await testInfo.attach('blocked requests (not an allowed origin)', { body: JSON.stringify(blocked, null, 2), contentType: BLOCKED_CONTENT_TYPE });
}
