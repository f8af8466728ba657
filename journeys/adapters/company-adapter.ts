import type { PaymentLedger } from '../../src/channels/api/payment-ledger.ts';
import type { AuditTarget } from '../../src/runtime/audit-target.ts';
import type { TargetHttp } from '../../src/safety/target-http.ts';
import type { CarRentalPages } from '../rent-car/car-rental-pages.ts';
import type { ContactPreferencePages } from '../contact-frequency/contact-preference-pages.ts';
import type { CheckoutPages } from '../pay-and-get-ticket/checkout-pages.ts';
import type { MembershipPages } from '../promise-kept/membership-pages.ts';
import type { SupportPages } from '../enquiry-answered/support-pages.ts';
import type { DeliveryPages } from '../track-delivery/delivery-pages.ts';
import type { NewsletterPages } from '../unsubscribe/newsletter-pages.ts';

/**
 * How one company's website (or shop API) is driven: a QA team writes one adapter per company, in
 * journeys/adapters/<name>/index.ts (`export default`), with the parts its journeys need; a target
 * names it in its config (adapter: '<name>'). Each part's interface belongs to the journey that uses it.
 */
export interface CompanyAdapter {
  newsletter?: NewsletterPages;
  carRental?: CarRentalPages;
  /** Choose, pay, read my orders, ask support: the pay-and-get-ticket journey, web or API. */
  checkout?: CheckoutPages;
  support?: SupportPages;
  membership?: MembershipPages;
  contactPreferences?: ContactPreferencePages;
  deliveries?: DeliveryPages;
  /**
   * The company's own system of record for what was charged (its admin API, a provider the harness
   * has no kind for), when the target's config names no payment.ledger. Calls go through `http`.
   */
  ledger?: (http: TargetHttp, target: AuditTarget) => PaymentLedger;
}
