import type { Campaigns } from './campaigns.ts';
import type { Customer } from './customers.ts';
import type { FaultSet } from './faults.ts';

/** Whether a customer gets offers by email, and every way that changes. */
export class Subscriptions {
  constructor(
    private readonly campaigns: Campaigns,
    private readonly faults: FaultSet,
  ) {}

  optIn(customer: Customer): void {
    customer.wantsOffers = true;
    this.campaigns.enrol(customer);
  }

  /** Opt-out from the account preferences. */
  optOut(customer: Customer): void {
    customer.wantsOffers = false;
    this.campaigns.withdraw(customer);
  }

  /** Unsubscribe by link, one-click POST or mail to the unsubscribe address. */
  unsubscribe(customer: Customer): void {
    // The fault: the request is acknowledged to the customer but never reaches the mailing list.
    if (this.faults.has('unsubscribe-ignored')) return;
    this.optOut(customer);
  }
}
