import { ConfigError } from '../../config/config-error.ts';
import type { TargetHttp } from '../../safety/target-http.ts';
import { DemoGatewayLedger } from './demo-gateway-ledger.ts';
import type { PaymentLedger } from './payment-ledger.ts';

/** The target's payment ledger, or a clear error naming the setting that is missing. */
export function openPaymentLedger(ledger: { url: string; apiKey: string } | undefined, targetId: string, http: TargetHttp): PaymentLedger {
  if (!ledger) {
    throw new ConfigError(`targets.${targetId}.payment.ledger is not set; checking what was charged needs the payment provider's ledger (url and a read-only apiKey)`);
  }
  return new DemoGatewayLedger(http, ledger.url, ledger.apiKey);
}
