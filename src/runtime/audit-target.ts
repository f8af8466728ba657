import type { TargetConfig, TargetPayment, TargetTiming, WebsiteConfig } from '../config/schema.ts';
import type { RunEnvironment } from './run-environment.ts';

/** The company under audit as a journey sees it: configuration plus what the run started. */
export interface AuditTarget {
  id: string;
  name: string;
  webUrl?: string;
  /** The website's own origin plus the configured ones. */
  allowedOrigins: string[];
  allowHttpOnLoopback: boolean;
  timing: TargetTiming;
  /** How often the company promises, at most, to contact a customer with marketing. */
  contactCap: TargetConfig['contactCap'];
  adapter?: string;
  website?: WebsiteConfig;
  /** The card the shopper pays with, and the provider's ledger to check what was captured. */
  payment?: TargetPayment;
}

export function resolveAuditTarget(config: TargetConfig, run: RunEnvironment): AuditTarget {
  return {
    id: run.target.id,
    name: config.name,
    webUrl: run.target.webUrl,
    allowedOrigins: run.target.allowedOrigins,
    allowHttpOnLoopback: config.allowHttpOnLoopback,
    timing: config.timing,
    contactCap: config.contactCap,
    adapter: config.adapter,
    website: config.website,
    payment: config.payment && { ...config.payment, ledger: run.paymentLedger ?? config.payment.ledger },
  };
}

/** Origins a run may visit: the website's own and those the target lists. */
export function allowedOriginsOf(config: TargetConfig, webUrl: string | undefined): string[] {
  const own = webUrl ? [new URL(webUrl).origin] : [];
  return [...new Set([...own, ...config.allowedOrigins])];
}
