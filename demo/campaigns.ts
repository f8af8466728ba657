import type { Customer } from './customers.ts';
import { composeMarketingMail } from './mail/marketing-mail.ts';
import type { Outbox } from './mail/outbox.ts';

interface Enrolment {
  timer: NodeJS.Timeout;
  sent: number;
  sending: boolean;
}

/** The marketing programme: a welcome offer at once, then one offer per interval to each enrolled customer. */
export class Campaigns {
  readonly #enrolments = new Map<Customer, Enrolment>();
  // Sends still running, also those of customers withdrawn meanwhile, so that stop() can wait for them.
  readonly #sends = new Set<Promise<void>>();
  #stopped = false;

  constructor(
    private readonly outbox: Outbox,
    private readonly webUrl: string,
    private readonly intervalMs: number,
  ) {}

  /** Starts sending to the customer; enrolling someone already enrolled, or after stop(), changes nothing. */
  enrol(customer: Customer): void {
    if (this.#stopped || this.#enrolments.has(customer)) return;
    const enrolment: Enrolment = {
      timer: setInterval(() => this.#sendNext(customer, enrolment), this.intervalMs),
      sent: 0,
      sending: false,
    };
    this.#enrolments.set(customer, enrolment);
    this.#sendNext(customer, enrolment);
  }

  withdraw(customer: Customer): void {
    const enrolment = this.#enrolments.get(customer);
    if (enrolment === undefined) return;
    clearInterval(enrolment.timer);
    this.#enrolments.delete(customer);
  }

  /** Stops every timer and resolves once no send is running. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const customer of [...this.#enrolments.keys()]) this.withdraw(customer);
    await Promise.all(this.#sends);
  }

  // A cycle whose previous send is still running is skipped rather than queued up behind it.
  #sendNext(customer: Customer, enrolment: Enrolment): void {
    if (enrolment.sending) return;
    enrolment.sending = true;
    enrolment.sent += 1;
    const send = this.outbox.send(composeMarketingMail(customer, this.webUrl, enrolment.sent)).then(() => {
      enrolment.sending = false;
      this.#sends.delete(send);
    });
    this.#sends.add(send);
  }
}
