import type { TargetHttp } from '../../safety/target-http.ts';

export interface OneClickResponse {
  status: number;
  /** Where the company tried to send the client instead of answering. */
  location?: string;
  bodyExcerpt: string;
  durationMs: number;
}

/**
 * The RFC 8058 one-click request a mail app sends on the customer's behalf: a POST with the body
 * `List-Unsubscribe=One-Click`, no cookies and no redirects followed. Sent only to an allowed
 * origin, at the target's pace.
 */
export async function postOneClickUnsubscribe(http: TargetHttp, uri: string, timeoutMs = 30_000): Promise<OneClickResponse> {
  const started = performance.now();
  const init: RequestInit = {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'mystery-shopper (RFC 8058 one-click)' },
    body: 'List-Unsubscribe=One-Click',
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  };
  const response = await http(uri, init, 'POST a one-click unsubscribe to');
  const body = await response.text();
  return {
    status: response.status,
    location: response.headers.get('location') ?? undefined,
    bodyExcerpt: body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200),
    durationMs: Math.round(performance.now() - started),
  };
}
