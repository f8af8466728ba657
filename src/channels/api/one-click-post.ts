import type { TargetHttp } from '../../safety/target-http.ts';
import { OriginNotAllowed } from '../../safety/allowed-origins.ts';

export interface OneClickResponse {
  status: number;
  /** Where the company tried to send the client instead of answering. */
  location?: string;
  bodyExcerpt: string;
  durationMs: number;
}

/** The company's server gave no answer at all: refused, unknown, silent or dropped. */
export class Unanswered extends Error {
  override name = 'Unanswered';
  constructor(
    readonly uri: string,
    /** In plain words, e.g. "it refused the connection". */
    readonly reason: string,
  ) {
    super(`${uri} did not answer: ${reason}`);
  }
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
  let response: Response;
  let body: string;
  try {
    response = await http(uri, init, 'POST a one-click unsubscribe to');
    body = await response.text();
  } catch (error) {
    // A request the guards refused is theirs to report; only a silent server is the company's outage.
    if (error instanceof OriginNotAllowed) throw error;
    throw new Unanswered(uri, unansweredReason(error, timeoutMs));
  }
  return {
    status: response.status,
    location: response.headers.get('location') ?? undefined,
    bodyExcerpt: body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200),
    durationMs: Math.round(performance.now() - started),
  };
}

const PLAIN_WORDS: Record<string, string> = {
  ECONNREFUSED: 'it refused the connection',
  ENOTFOUND: 'its address could not be found (DNS)',
  EAI_AGAIN: 'its address could not be found (DNS)',
  ECONNRESET: 'it dropped the connection',
  UND_ERR_SOCKET: 'it dropped the connection',
};

function unansweredReason(error: unknown, timeoutMs: number): string {
  if ((error as Error).name === 'TimeoutError') return `no answer after ${Math.round(timeoutMs / 1000)} s`;
  const code = ((error as { cause?: { code?: string } }).cause ?? {}).code;
  return (code && PLAIN_WORDS[code]) ?? `${(error as Error).message}${code ? ` (${code})` : ''}`;
}
