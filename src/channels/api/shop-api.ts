import { MASKED } from '../../config/secret.ts';
import type { TargetHttp } from '../../safety/target-http.ts';

/** A request to the shop's API and its answer, as kept for evidence: JSON, secrets masked. */
export interface ApiExchange {
  request: { method: string; url: string; headers: Record<string, string>; body?: unknown };
  response: { status: number; body: unknown };
}

/** The answer of one call: its status and its body (parsed JSON, or the text when it is not JSON). */
export interface ApiAnswer<T = unknown> {
  status: number;
  ok: boolean;
  body: T;
}

export interface ApiCall {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** What the call is for, in words: names its evidence, e.g. "pay order 1042". */
  purpose: string;
}

/** Keeps one exchange as evidence under a name; returns what the journey cites. */
export type KeepExchange<E> = (name: string, json: string) => Promise<E>;

const SECRET_HEADER = /^(authorization|cookie|set-cookie|proxy-authorization|x-api-key|api-key)$/i;
const SECRET_FIELD = /pass(word)?|secret|token|api.?key|card.?number|^number$|cvc|cvv|csc|iban/i;

/**
 * The shop's API as an adapter calls it: through the harness's HTTP (allowed origins only, at the
 * target's pace: never page.request, which bypasses both), each exchange kept as JSON evidence with
 * its secrets masked (headers and fields by name, and the values `mask` knows).
 */
export class ShopApi<E = unknown> {
  private readonly kept: E[] = [];

  constructor(
    private readonly http: TargetHttp,
    private readonly keep: KeepExchange<E>,
    private readonly mask: (text: string) => string = (text) => text,
    private readonly timeoutMs = 30_000,
  ) {}

  /** Calls `url` (absolute, or relative to `base`) with a JSON body, and reads its JSON answer. */
  async call<T = unknown>(url: string | URL, call: ApiCall, base?: string): Promise<ApiAnswer<T>> {
    const target = new URL(url, base);
    const method = call.method ?? (call.body === undefined ? 'GET' : 'POST');
    const headers = { accept: 'application/json', ...(call.body === undefined ? {} : { 'content-type': 'application/json' }), ...call.headers };
    const init: RequestInit = { method, headers, signal: AbortSignal.timeout(this.timeoutMs), ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }) };
    const response = await this.http(target, init, call.purpose);
    const text = await response.text();
    const body = parsed(text);
    const exchange: ApiExchange = {
      request: { method, url: target.href, headers: maskedHeaders(headers), ...(call.body === undefined ? {} : { body: maskedFields(call.body) }) },
      response: { status: response.status, body: maskedFields(body) },
    };
    this.kept.push(await this.keep(`API: ${call.purpose} (${method} ${target.pathname} → ${response.status})`, this.mask(JSON.stringify(exchange, null, 2))));
    return { status: response.status, ok: response.ok, body: body as T };
  }

  /** How many exchanges were kept so far: a mark for `keptSince`. */
  mark(): number {
    return this.kept.length;
  }

  /** The evidence of the exchanges since a mark, in order. */
  keptSince(mark: number): E[] {
    return this.kept.slice(mark);
  }
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function maskedHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, SECRET_HEADER.test(name) ? MASKED : value]));
}

/** The value with every field whose name says it holds a secret masked, at any depth. */
export function maskedFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskedFields);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, SECRET_FIELD.test(key) && inner !== null && typeof inner !== 'object' ? MASKED : maskedFields(inner)]));
}
