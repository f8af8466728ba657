import type { Customer } from './customers.ts';
import type { FaultSet } from './faults.ts';
import { composeMarketingMail } from './mail/marketing-mail.ts';
import type { Outbox } from './mail/outbox.ts';
import { offerFor, offerForProduct, type Offer } from './marketing-offers.ts';
import type { SalesDesk } from './phone/sales-desk.ts';
import { composeMarketingText } from './sms/marketing-text.ts';
import type { SmsOutbox } from './sms/sms-outbox.ts';

type Channel = 'email' | 'text' | 'call';

/** The policy the sales desk pushes when it overloads its customers (the seed story's). */
const PUSHED_POLICY = 'travel-insurance';

interface Enrolment {
  timers: NodeJS.Timeout[];
  /** Contacts made so far; the next one is number sent + 1. */
  sent: number;
  /** Cycles of the contact plan so far: whose turn it is among the customer's channels. */
  turns: number;
  sending: Set<Channel>;
}

export interface CampaignOptions {
  outbox: Outbox;
  sms: SmsOutbox;
  salesDesk: SalesDesk;
  webUrl: string;
  /** The contact plan's cadence: one contact per interval (a demo "every other day"). */
  intervalMs: number;
  faults: FaultSet;
}

/**
 * The marketing programme. It keeps the company's contact policy: a welcome offer at once, then
 * one contact per interval, taking turns between the channels the customer agreed to (email,
 * text, a sales call), and never an offer for a product the customer already holds.
 *
 * The fault `contact-overload` re-enacts the seed story: each channel runs its own campaign,
 * email twice, texts three times and calls once a demo day, and the offers ignore what the
 * customer holds. The fault `sales-calls-overload` leaves the plan as it is, but the sales desk
 * calls five times a demo day besides, each time selling Travel insurance, held or not.
 */
export class Campaigns {
  readonly #enrolments = new Map<Customer, Enrolment>();
  // Sends still running, also those of customers withdrawn meanwhile, so that stop() can wait for them.
  readonly #sends = new Set<Promise<void>>();
  #stopped = false;

  constructor(private readonly options: CampaignOptions) {}

  /** Starts contacting the customer; enrolling someone already enrolled, or after stop(), changes nothing. */
  enrol(customer: Customer): void {
    if (this.#stopped || this.#enrolments.has(customer)) return;
    const enrolment: Enrolment = { timers: [], sent: 0, turns: 0, sending: new Set() };
    this.#enrolments.set(customer, enrolment);
    const { intervalMs, faults } = this.options;
    if (faults.has('contact-overload')) {
      this.#every(enrolment, intervalMs / 4, () => this.#contact(customer, enrolment, 'email'));
      this.#every(enrolment, intervalMs / 6, () => this.#contact(customer, enrolment, 'text'));
      this.#every(enrolment, intervalMs / 2, () => this.#contact(customer, enrolment, 'call'));
    } else {
      this.#every(enrolment, intervalMs, () => this.#contact(customer, enrolment, this.#nextTurn(customer, enrolment)));
    }
    // A demo day is half the interval (a demo "every other day"): five calls a day.
    if (faults.has('sales-calls-overload')) this.#every(enrolment, intervalMs / 10, () => this.#contact(customer, enrolment, 'call', offerForProduct(PUSHED_POLICY)));
  }

  /** The channels the customer may be contacted on now: those agreed to, and the sales desk's own call list. */
  channelsOf(customer: Customer): Channel[] {
    return [
      ...(customer.wantsOffers ? (['email'] as const) : []),
      ...(customer.wantsTextOffers && customer.mobile !== undefined ? (['text'] as const) : []),
      ...(this.options.salesDesk.mayCall(customer) ? (['call'] as const) : []),
    ];
  }

  withdraw(customer: Customer): void {
    const enrolment = this.#enrolments.get(customer);
    if (enrolment === undefined) return;
    for (const timer of enrolment.timers) clearInterval(timer);
    this.#enrolments.delete(customer);
  }

  /** Stops every timer and resolves once no send is running. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const customer of [...this.#enrolments.keys()]) this.withdraw(customer);
    await Promise.all(this.#sends);
  }

  /** Runs `cycle` now and then every `ms`. */
  #every(enrolment: Enrolment, ms: number, cycle: () => void): void {
    enrolment.timers.push(setInterval(cycle, ms));
    cycle();
  }

  // The channels are read at each cycle, so that a change of mind counts from the next contact on.
  #nextTurn(customer: Customer, enrolment: Enrolment): Channel | undefined {
    const channels = this.channelsOf(customer);
    if (channels.length === 0) return undefined;
    return channels[enrolment.turns++ % channels.length];
  }

  // A cycle whose previous send on the channel is still running is skipped rather than queued up behind it.
  #contact(customer: Customer, enrolment: Enrolment, channel: Channel | undefined, pitch?: Offer): void {
    if (channel === undefined || enrolment.sending.has(channel) || !this.channelsOf(customer).includes(channel)) return;
    enrolment.sending.add(channel);
    enrolment.sent += 1;
    const { outbox, sms, salesDesk, webUrl, faults } = this.options;
    const offer = pitch ?? offerFor(customer, enrolment.sent, { skipHeld: !faults.has('contact-overload') });
    const delivery =
      channel === 'email'
        ? outbox.send(composeMarketingMail(customer, webUrl, enrolment.sent, offer))
        : channel === 'text'
          ? sms.send(composeMarketingText(customer.mobile!, webUrl, offer)) // channelsOf() has checked the number
          : salesDesk.call(customer, offer);
    const send = delivery.then(() => {
      enrolment.sending.delete(channel);
      this.#sends.delete(send);
    });
    this.#sends.add(send);
  }
}
