import type { Campaigns } from './campaigns.ts';
import type { Customer } from './customers.ts';
import type { FaultSet } from './faults.ts';
import type { SalesDesk } from './phone/sales-desk.ts';

/** Which offers a customer gets, by email, by text and by phone, and every way that changes. */
export class Subscriptions {
  constructor(
    private readonly campaigns: Campaigns,
    private readonly salesDesk: SalesDesk,
    private readonly faults: FaultSet,
  ) {}

  /** The customer's choice at sign-up or on the account page; a channel left undefined stays as it was. */
  choose(customer: Customer, choice: { email?: boolean; texts?: boolean; calls?: boolean }): void {
    if ((choice.texts === true || choice.calls === true) && customer.mobile === undefined) throw new Error('Offers by text or phone need a mobile number');
    if (choice.email !== undefined) customer.wantsOffers = choice.email;
    if (choice.texts !== undefined) customer.wantsTextOffers = choice.texts;
    if (choice.calls !== undefined) this.salesDesk.choose(customer, choice.calls);
    if (this.campaigns.channelsOf(customer).length > 0) this.campaigns.enrol(customer);
    else this.campaigns.withdraw(customer);
  }

  /** Unsubscribe from the marketing email by link, one-click POST or mail to the unsubscribe address. */
  unsubscribe(customer: Customer): void {
    // The fault: the request is acknowledged to the customer but never reaches the mailing list.
    if (this.faults.has('unsubscribe-ignored')) return;
    this.choose(customer, { email: false });
  }
}
