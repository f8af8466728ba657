import type { Customer } from '../customers.ts';
import type { FaultSet } from '../faults.ts';
import type { Offer } from '../marketing-offers.ts';
import { SALES_LINE, SHOP_NAME } from '../shop-identity.ts';
import type { PhoneLine } from './phone-line.ts';

/** What a customer says on the phone that a call centre must take as "do not call me". */
const DO_NOT_CALL = /\b(do not|don't|never) (call|phone|ring)\b|\bstop calling\b|\boff your (call|calling) list\b/i;

/**
 * The sales desk: calls the customers on its call list with an offer, and keeps the list as the
 * law wants it. A customer joins by ticking "Call me with offers" and leaves by unticking it, or by
 * saying on the phone not to be called again.
 *
 * The fault `call-after-opt-out` re-enacts the seed story: the desk's list keeps everyone who
 * ever agreed, whatever they said since, in their account or on the phone.
 */
export class SalesDesk {
  readonly #callList = new Set<Customer>();

  constructor(
    private readonly line: PhoneLine,
    private readonly faults: FaultSet,
  ) {}

  /** The customer's choice of sales calls, from the account page or the sign-up form. */
  choose(customer: Customer, calls: boolean): void {
    customer.wantsCalls = calls;
    if (calls) this.#callList.add(customer);
    else this.#optOut(customer);
  }

  mayCall(customer: Customer): boolean {
    return this.#callList.has(customer) && customer.mobile !== undefined;
  }

  /** Calls the customer with the offer and takes a "do not call me" to heart. */
  async call(customer: Customer, offer: Offer): Promise<void> {
    if (!this.mayCall(customer)) return;
    const says = `Hello, this is ${SHOP_NAME}'s sales desk. ${offer.text} Shall I tell you more?`;
    const answer = await this.line.call({ from: SALES_LINE, to: customer.mobile!, says });
    if (answer !== undefined && DO_NOT_CALL.test(answer)) this.choose(customer, false);
  }

  #optOut(customer: Customer): void {
    if (this.faults.has('call-after-opt-out')) return;
    this.#callList.delete(customer);
  }
}
