import type { TargetPayment } from '../config/schema.ts';
import type { Money } from '../money/money.ts';
import type { SpendLedger } from './spend-ledger.ts';

/**
 * Why the shopper must not pay this amount, or undefined when it may. A published test card moves
 * no money (the config refuses any other card without allowRealPayments); real money is paid only
 * while the run's total stays within the target's spend cap. Asked before the card is typed.
 */
export async function paymentRefusal(payment: TargetPayment, targetId: string, amount: Money, what: string, ledger: SpendLedger): Promise<string | undefined> {
  if (!payment.allowRealPayments) return undefined;
  if (!payment.spendCap) return `Refused to pay ${what}: targets.${targetId}.payment.spendCap is not set`;
  const decision = await ledger.reserve(amount, payment.spendCap, what);
  return decision.allowed ? undefined : `Refused to pay: ${decision.reason} (targets.${targetId}.payment.spendCap)`;
}
