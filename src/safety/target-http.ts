import type { OriginPolicy } from './origin-policy.ts';
import type { RateLimiter } from './rate-limiter.ts';

/**
 * How the harness calls the company outside the browser (a one-click POST, an API): only on an
 * allowed origin, and at the target's pace. `purpose` says in words what the call is for.
 */
export type TargetHttp = (url: string | URL, init: RequestInit, purpose: string) => Promise<Response>;

export function targetHttp(policy: OriginPolicy, limiter: RateLimiter): TargetHttp {
  return async (url, init, purpose) => {
    policy.require(String(url), purpose);
    await limiter.turn();
    return fetch(url, init);
  };
}
