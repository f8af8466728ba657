import { ConfigError } from '../config/config-error.ts';
import type { TargetConfig } from '../config/schema.ts';

/**
 * How many times Playwright retries a failed scenario: MYSTERY_SHOPPER_RETRIES when set; else none
 * against the demo company, whose faults are deterministic (a retry would only double the time a
 * broken journey takes), and one against a real company, whose network and pages have bad moments
 * that must not read as broken experiences. A scenario that passes on a retry is reported flaky.
 */
export function retriesFor(target: Pick<TargetConfig, 'demo'>, env: NodeJS.ProcessEnv = process.env): number {
  const value = env.MYSTERY_SHOPPER_RETRIES;
  if (value === undefined || value === '') return target.demo ? 0 : 1;
  if (!/^\d+$/.test(value.trim())) throw new ConfigError(`MYSTERY_SHOPPER_RETRIES: "${value}" is not a whole number of retries (e.g. 0 or 1)`);
  return Number(value);
}

/**
 * Scenarios that pay (tagged @pays) are never retried automatically: a retry places a new order
 * and pays again, real money against a real target. Playwright runs them in a project of their own
 * with no retries (playwright.config.ts), and the run says so when the others are retried.
 */
export const PAYS_TAG = '@pays';
export const PAYS_GREP = /@pays\b/;
