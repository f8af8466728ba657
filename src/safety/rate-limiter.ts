import { setTimeout as sleep } from 'node:timers/promises';
import type { TargetConfig, TargetRate } from '../config/schema.ts';

/** A real company's default: one request a second, for the whole run. */
export const POLITE_RATE: TargetRate = { requestsPerSecond: 1 };

/** The pace a target is audited at: its own, the polite default, or none for the demo company. */
export function targetRate(target: Pick<TargetConfig, 'rate' | 'demo'>): TargetRate | undefined {
  return target.rate ?? (target.demo ? undefined : POLITE_RATE);
}

/**
 * Spaces requests evenly: each one starts at least 1/rate seconds after the one before. Callers
 * wait their turn in order; an unlimited limiter never waits.
 */
export class RateLimiter {
  private nextSlot = 0;

  constructor(private readonly requestsPerSecond: number) {}

  static unlimited(): RateLimiter {
    return new RateLimiter(Number.POSITIVE_INFINITY);
  }

  /** Resolves when the caller may send its request. */
  async turn(): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + 1000 / this.requestsPerSecond;
    if (slot > now) await sleep(slot - now);
  }
}

/**
 * This worker's limiter. The rate is the whole run's: parallel workers are separate processes,
 * so each one takes an equal share rather than coordinating (simple, and never above the rate).
 */
export function workerRateLimiter(rate: TargetRate | undefined, workers: number): RateLimiter {
  return rate ? new RateLimiter(rate.requestsPerSecond / Math.max(1, workers)) : RateLimiter.unlimited();
}
