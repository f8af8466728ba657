import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../../src/config/config-error.ts';
import type { AuditTarget } from '../../src/runtime/audit-target.ts';
import type { CompanyAdapter } from './company-adapter.ts';

/**
 * What journeys/adapters/<name>/index.ts exports as its default: the adapter, or a function of the
 * target that makes it (an adapter built from the target's configuration, as 'generic' is).
 */
export type AdapterModule = CompanyAdapter | ((target: AuditTarget) => CompanyAdapter);

/** Where company adapters live: one folder each, found by its name, never registered by hand. */
export const ADAPTERS_DIR = import.meta.dirname;

const ADAPTER_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** The adapters there are: the folders of journeys/adapters/ with an index.ts. */
export function adapterNames(dir = ADAPTERS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'index.ts')))
    .map((entry) => entry.name)
    .sort();
}

/** The adapter a target names in mystery-shopper.config.ts (targets.<id>.adapter), loaded from its folder. */
export async function loadCompanyAdapter(target: AuditTarget, dir = ADAPTERS_DIR): Promise<CompanyAdapter> {
  const known = () => adapterNames(dir).join(', ');
  if (!target.adapter) throw new ConfigError(`targets.${target.id}.adapter is not set; this journey drives the company's shop and needs one (known: ${known()})`);
  const file = path.join(dir, target.adapter, 'index.ts');
  if (!ADAPTER_NAME.test(target.adapter) || !existsSync(file)) {
    throw new ConfigError(`targets.${target.id}.adapter: unknown adapter "${target.adapter}": no journeys/adapters/${target.adapter}/index.ts (known: ${known()}; "mystery-shopper new adapter <name>" creates one)`);
  }
  const { default: adapter } = (await import(pathToFileURL(file).href)) as { default?: AdapterModule };
  if (!adapter) throw new ConfigError(`journeys/adapters/${target.adapter}/index.ts has no default export: export default the adapter (see docs/adapters.md)`);
  return typeof adapter === 'function' ? adapter(target) : adapter;
}
