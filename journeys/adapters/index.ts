import { ConfigError } from '../../src/config/config-error.ts';
import type { CompanyAdapter } from './company-adapter.ts';
import { demoShop } from './demo-shop/index.ts';

const ADAPTERS: Record<string, CompanyAdapter> = {
  'demo-shop': demoShop,
};

/** The adapter a target names in mystery-shopper.config.ts. */
export function companyAdapter(name: string | undefined, targetId: string): CompanyAdapter {
  if (!name) throw new ConfigError(`targets.${targetId}.adapter is not set; this journey drives the website and needs one (known: ${Object.keys(ADAPTERS).join(', ')})`);
  const adapter = ADAPTERS[name];
  if (!adapter) throw new ConfigError(`targets.${targetId}.adapter: unknown adapter "${name}" (known: ${Object.keys(ADAPTERS).join(', ')})`);
  return adapter;
}
