import { randomBytes } from 'node:crypto';
import type { Capture } from './api.ts';

/** The gateway's book of captured money: what the merchant is paid, and what each card was charged. */
export class Ledger {
  readonly #captures: Capture[] = [];

  record(capture: Omit<Capture, 'id' | 'capturedAt'>, capturedAt = new Date()): Capture {
    const entry: Capture = { id: `cap_${randomBytes(8).toString('hex')}`, ...capture, capturedAt: capturedAt.toISOString() };
    this.#captures.push(entry);
    return entry;
  }

  /** Every capture for one order reference, oldest first. */
  capturesFor(order: string): Capture[] {
    return this.#captures.filter((capture) => capture.order === order).map((capture) => ({ ...capture }));
  }
}
