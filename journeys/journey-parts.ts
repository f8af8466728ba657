import type { Page } from '@playwright/test';
import type { Mailbox } from '../src/channels/email/mailbox.ts';
import type { SmtpMailSender } from '../src/channels/email/smtp-mail-sender.ts';
import type { PaymentLedger } from '../src/channels/api/payment-ledger.ts';
import type { ShopApi } from '../src/channels/api/shop-api.ts';
import type { Evidence } from '../src/findings/finding.ts';
import type { CallLog } from '../src/channels/phone/call-log.ts';
import type { SmsInbox } from '../src/channels/sms/sms-inbox.ts';
import type { Notebook } from '../src/findings/notebook.ts';
import type { AuditTarget } from '../src/runtime/audit-target.ts';
import type { OriginPolicy } from '../src/safety/origin-policy.ts';
import type { SpendLedger } from '../src/safety/spend-ledger.ts';
import type { TargetHttp } from '../src/safety/target-http.ts';
import type { CompanyAdapter } from './adapters/company-adapter.ts';
import type { Shopper } from './shopper.ts';

/** Everything a journey works with in one scenario: the shopper, the channels, the notebook. */
export interface JourneyParts {
  page: Page;
  mailbox: Mailbox;
  sms: SmsInbox;
  /** The shopper's phone for calls: its call log, and how it answers. */
  calls: CallLog;
  mailSender: SmtpMailSender;
  notebook: Notebook;
  target: AuditTarget;
  shopper: Shopper;
  /** The company's page adapter; resolved on first use, so journeys without a website need none. */
  website: () => CompanyAdapter;
  /** The payment provider's ledger; resolved on first use, so journeys that pay nothing need none. */
  ledger: () => PaymentLedger;
  runId: string;
  /** Where the scenario may go: every URL outside the browser is checked here first. */
  origins: OriginPolicy;
  /** HTTP calls to the company outside the browser: allowed origins only, at the target's pace. */
  http: TargetHttp;
  /** The shop's API through `http`, each exchange kept as JSON evidence with its secrets masked. */
  api: ShopApi<Evidence>;
  /** What this run has paid with real money, shared by its workers and retries. */
  spending: SpendLedger;
}

/** The part of a company's website a journey needs, or a clear error naming the adapter. */
export function websitePart<K extends keyof CompanyAdapter>(parts: JourneyParts, part: K): NonNullable<CompanyAdapter[K]> {
  const adapter = parts.website();
  const pages = adapter[part];
  if (!pages) throw new Error(`The adapter of target "${parts.target.id}" (${parts.target.adapter}) has no "${part}" pages; add them in journeys/adapters/`);
  return pages;
}
