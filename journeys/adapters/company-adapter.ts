import type { CarRentalPages } from '../rent-car/car-rental-pages.ts';
import type { ContactPreferencePages } from '../contact-frequency/contact-preference-pages.ts';
import type { CheckoutPages } from '../pay-and-get-ticket/checkout-pages.ts';
import type { MembershipPages } from '../promise-kept/membership-pages.ts';
import type { SupportPages } from '../enquiry-answered/support-pages.ts';
import type { DeliveryPages } from '../track-delivery/delivery-pages.ts';
import type { NewsletterPages } from '../unsubscribe/newsletter-pages.ts';

/**
 * How one company's website is driven: a QA team writes one adapter per website, with the parts
 * its journeys need. Each part's interface belongs to the journey that uses it.
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
}
