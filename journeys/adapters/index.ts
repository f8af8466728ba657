import { ConfigError } from '../../src/config/config-error.ts';
import type { AuditTarget } from '../../src/runtime/audit-target.ts';
import type { CompanyAdapter } from './company-adapter.ts';
import { demoShop } from './demo-shop/index.ts';
import { genericNewsletter } from './generic/newsletter.ts';
import { genericSupport } from './generic/support.ts';

/** Adapters written for one website, by name; 'generic' is built from the target's configuration. */
const ADAPTERS: Record<string, (target: AuditTarget) => CompanyAdapter> = {
  'demo-shop': () => demoShop,
  generic: (target) => ({ newsletter: genericNewsletter(target), support: genericSupport(target) }),
};

/** The adapter a target names in mystery-shopper.config.ts. */
export function companyAdapter(target: AuditTarget): CompanyAdapter {
  const known = Object.keys(ADAPTERS).join(', ');
  if (!target.adapter) throw new ConfigError(`targets.${target.id}.adapter is not set; this journey drives the website and needs one (known: ${known})`);
  const adapter = ADAPTERS[target.adapter];
  if (!adapter) throw new ConfigError(`targets.${target.id}.adapter: unknown adapter "${target.adapter}" (known: ${known})`);
  return adapter(target);
}
