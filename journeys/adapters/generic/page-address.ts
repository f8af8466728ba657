import type { AuditTarget } from '../../../src/runtime/audit-target.ts';
import type { WebsiteConfig } from '../../../src/config/schema.ts';
import { ConfigError } from '../../../src/config/config-error.ts';

/** The URL of a page the target's configuration names, resolved against its website. */
export function pageAddress(target: AuditTarget, key: keyof WebsiteConfig, webUrl: string): string {
  const page = target.website?.[key];
  if (page === false) throw new ConfigError(`targets.${target.id}.website.${key} is false (the company has none), yet this journey needs it`);
  if (!page) throw new ConfigError(`targets.${target.id}.website.${key} is not set; the generic adapter needs it for this journey`);
  return new URL(page, webUrl).href;
}
