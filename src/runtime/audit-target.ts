import type { MailRules, TargetCheckout, TargetConfig, TargetPayment, TargetRate, TargetTiming, TargetWording, WebsiteConfig } from '../config/schema.ts';
import { targetRate } from '../safety/rate-limiter.ts';
import type { RunEnvironment } from './run-environment.ts';

/** The company under audit as a journey sees it: configuration plus what the run started. */
export interface AuditTarget {
  id: string;
  name: string;
  webUrl?: string;
  /** The website's own origin plus the configured ones. */
  allowedOrigins: string[];
  allowHttpOnLoopback: boolean;
  /** How fast the whole run may call on the company; undefined: unpaced (the demo company). */
  rate?: TargetRate;
  timing: TargetTiming;
  /** How often the company promises, at most, to contact a customer with marketing. */
  contactCap: TargetConfig['contactCap'];
  adapter?: string;
  website?: WebsiteConfig;
  /** How the company's marketing mail is told from its notices, where headers are not enough. */
  mail: MailRules;
  /** The company's own words for what journeys look for on its pages, added to the built-in ones. */
  wording: TargetWording;
  /** The card the shopper pays with, and the provider's ledger to check what was captured. */
  payment?: TargetPayment;
  /** What the target calls its purchase and its proof, and how it writes money. */
  checkout: TargetCheckout;
}

export function resolveAuditTarget(config: TargetConfig, run: RunEnvironment): AuditTarget {
  return {
    id: run.target.id,
    name: config.name,
    webUrl: run.target.webUrl,
    allowedOrigins: run.target.allowedOrigins,
    allowHttpOnLoopback: config.allowHttpOnLoopback,
    rate: targetRate(config),
    timing: config.timing,
    contactCap: config.contactCap,
    adapter: config.adapter,
    website: config.website,
    mail: config.mail,
    wording: config.wording,
    payment: config.payment && { ...config.payment, ledger: run.paymentLedger ?? config.payment.ledger },
    checkout: config.checkout,
  };
}

/**
 * Origins a run may reach: the website's own, those the target lists, and its payment ledger's
 * (an API the target names in its own config, or the one the run started for the demo).
 */
export function allowedOriginsOf(config: TargetConfig, webUrl: string | undefined, ledgerUrl = config.payment?.ledger?.url): string[] {
  const own = [webUrl, ledgerUrl].flatMap((url) => (url ? [new URL(url).origin] : []));
  return [...new Set([...own, ...config.allowedOrigins])];
}
