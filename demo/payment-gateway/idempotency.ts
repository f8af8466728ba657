import { createHash } from 'node:crypto';

export interface RememberedAnswer {
  status: number;
  body: unknown;
}

/**
 * Answers already given, by idempotency key: a request repeated with the same key gets the same
 * answer and takes no money again; the same key with different parameters is refused.
 */
export class IdempotencyKeys {
  readonly #byKey = new Map<string, { fingerprint: string; answer: RememberedAnswer }>();

  /** The earlier answer for this key, 'conflict' when the parameters differ, undefined when new. */
  lookUp(key: string, fingerprint: string): RememberedAnswer | 'conflict' | undefined {
    const known = this.#byKey.get(key);
    if (known === undefined) return undefined;
    return known.fingerprint === fingerprint ? known.answer : 'conflict';
  }

  remember(key: string, fingerprint: string, answer: RememberedAnswer): void {
    this.#byKey.set(key, { fingerprint, answer });
  }
}

/** A digest of a request's parameters that never holds the full card number. */
export function fingerprintOf(parameters: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(parameters)).digest('hex');
}
