/** Money the payment provider captured for one order: the system of record for "was I charged?". */
export interface LedgerCapture {
  id: string;
  order: string;
  /** In minor units (cents). */
  amount: number;
  /** ISO 4217, e.g. "EUR". */
  currency: string;
  capturedAt: string;
  cardLast4: string;
}

/** A payment provider's ledger, as the merchant (or its auditor, with a read-only key) reads it. */
export interface PaymentLedger {
  /**
   * Every capture for the merchant's order reference, oldest first. A ledger that does not keep the
   * shop's order reference (a provider the shop tags by customer) may find them by the customer's email.
   */
  capturesFor(order: string, customer?: { email: string }): Promise<LedgerCapture[]>;
}
