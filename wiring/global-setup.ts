import type { FullConfig } from '@playwright/test';
import { setUpRun } from '../src/runtime/global-setup.ts';
import { demoCompany } from './demo-company.ts';

/** Playwright global setup (playwright.config.ts): the engine's, with the demo company wired in. */
export default function globalSetup(config?: Pick<FullConfig, 'shard'>): Promise<() => Promise<void>> {
  return setUpRun(demoCompany, { sharded: (config?.shard ?? null) !== null });
}
