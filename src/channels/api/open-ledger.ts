import { ConfigError } from '../../config/config-error.ts';
import type { TargetHttp } from '../../safety/target-http.ts';
import { CapturesApiLedger } from './captures-api-ledger.ts';
import type { PaymentLedger } from './payment-ledger.ts';
import { StripeLedger } from './stripe-ledger.ts';

/** A target's payment ledger setting (targets.<id>.payment.ledger): which API, where, with which read-only key. */
export interface LedgerSetting {
  /** Which ledger API the provider speaks; default `captures-api`. */
  kind?: string | undefined;
  url: string;
  apiKey: string;
}

/** Opens a ledger of one kind, its calls going through the target's guarded HTTP. */
export type LedgerFactory = (http: TargetHttp, url: string, apiKey: string) => PaymentLedger;

export const DEFAULT_LEDGER_KIND = 'captures-api';

/**
 * The ledger kinds the harness knows; another provider's API (Adyen, Mollie, a shop's own admin
 * API) is one more entry implementing PaymentLedger (docs/journeys/pay-and-get-ticket.md), or a
 * company adapter supplies its own (CompanyAdapter.ledger).
 */
export const PAYMENT_LEDGER_KINDS: Readonly<Record<string, LedgerFactory>> = {
  [DEFAULT_LEDGER_KIND]: (http, url, apiKey) => new CapturesApiLedger(http, url, apiKey),
  stripe: (http, url, apiKey) => new StripeLedger(http, url, apiKey),
};

/** The target's payment ledger, as its configuration says, or a clear error naming the setting that is missing. */
export function openPaymentLedger(ledger: LedgerSetting | undefined, targetId: string, http: TargetHttp, kinds: Readonly<Record<string, LedgerFactory>> = PAYMENT_LEDGER_KINDS): PaymentLedger {
  if (!ledger) {
    throw new ConfigError(`targets.${targetId}.payment.ledger is not set; checking what was charged needs the payment provider's ledger (url and a read-only apiKey)`);
  }
  const kind = ledger.kind ?? DEFAULT_LEDGER_KIND;
  const open = kinds[kind];
  if (!open) throw new ConfigError(`targets.${targetId}.payment.ledger.kind "${kind}" is not a ledger kind the harness knows: ${Object.keys(kinds).join(', ')}`);
  return open(http, ledger.url, ledger.apiKey);
}
