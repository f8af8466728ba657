import type { Page, Request } from '@playwright/test';

/** The company's website failed the page the shopper last opened: no answer, or a server error. */
export interface WebsiteOutage {
  url: string;
  /** In plain words, e.g. "it refused the connection", "HTTP 503 Service Unavailable". */
  reason: string;
  /** What the browser reported, for QA, e.g. "net::ERR_CONNECTION_REFUSED". */
  detail: string;
}

export interface OutageWatch {
  /** The outage behind the last page opened, if it failed; undefined when it answered. */
  outage(now?: number): WebsiteOutage | undefined;
}

/**
 * Watches what happens to every page the shopper opens in the main frame (typed, clicked or
 * redirected to): when a scenario fails, this tells a website that was down (refused, unknown,
 * silent, 5xx) from a page that answered but changed (selector drift). Only the last page counts:
 * a site that failed once and then answered is not down.
 */
export function watchWebsiteOutages(page: Page): OutageWatch {
  let last: { request: Request; startedAt: number; outage?: WebsiteOutage; answered: boolean } | undefined;
  const isLast = (request: Request) => last?.request === request;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) last = { request, startedAt: Date.now(), answered: false };
  });
  page.on('response', (response) => {
    if (!last || !isLast(response.request())) return;
    last.answered = true;
    const status = response.status();
    if (status >= 500) last.outage = { url: response.url(), reason: `HTTP ${status} ${response.statusText()}`.trim(), detail: `HTTP ${status}` };
  });
  page.on('requestfailed', (request) => {
    if (!last || !isLast(request)) return;
    const errorText = request.failure()?.errorText ?? 'unknown network error';
    // Given up by the browser (a timeout, another navigation): still unanswered, as far as the company goes.
    if (errorText === 'net::ERR_ABORTED') return;
    last.answered = true;
    // Blocked by the origin guard: a page off the company's origins, not its outage.
    if (errorText === 'net::ERR_BLOCKED_BY_CLIENT') return;
    // A timeout reads the same however it came (the browser, or the origin guard's fetch): how long it waited.
    const reason = TIMED_OUT.has(errorText) ? noAnswerAfter(last.startedAt) : inPlainWords(errorText);
    last.outage = { url: request.url(), reason, detail: errorText };
  });
  return {
    outage(now = Date.now()) {
      if (!last) return undefined;
      if (last.outage) return last.outage;
      if (last.answered) return undefined;
      return { url: last.request.url(), reason: noAnswerAfter(last.startedAt, now), detail: `navigation still pending after ${secondsSince(last.startedAt, now)} s` };
    },
  };
}

const PLAIN_WORDS: Record<string, string> = {
  'net::ERR_CONNECTION_REFUSED': 'it refused the connection',
  'net::ERR_NAME_NOT_RESOLVED': 'its address could not be found (DNS)',
  'net::ERR_NAME_RESOLUTION_FAILED': 'its address could not be found (DNS)',
  'net::ERR_CONNECTION_RESET': 'it dropped the connection',
  'net::ERR_CONNECTION_CLOSED': 'it dropped the connection',
  'net::ERR_EMPTY_RESPONSE': 'it closed the connection without an answer',
  'net::ERR_ADDRESS_UNREACHABLE': 'it could not be reached',
  'net::ERR_SSL_PROTOCOL_ERROR': 'its secure connection failed',
  'net::ERR_CERT_DATE_INVALID': 'its certificate has expired',
};

const TIMED_OUT = new Set(['net::ERR_CONNECTION_TIMED_OUT', 'net::ERR_TIMED_OUT']);

function noAnswerAfter(startedAt: number, now = Date.now()): string {
  return `no answer after ${secondsSince(startedAt, now)} s`;
}

function secondsSince(startedAt: number, now: number): number {
  return Math.round((now - startedAt) / 1000);
}

function inPlainWords(errorText: string): string {
  return PLAIN_WORDS[errorText] ?? errorText;
}
