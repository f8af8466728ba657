import type { SendMailOptions } from 'nodemailer';
import type { Customer } from '../../customers.ts';
import type { DepartmentContext } from '../department.ts';
import { addMonths, daysUntil, startOfDay } from './calendar.ts';
import type { Membership } from './membership.ts';
import { composeExtensionConfirmation, composeRenewalNotice } from './membership-mail.ts';

/**
 * Two years: on the compressed demo clock the first renewal notice then comes 23 demo months (about
 * 11 s) after joining, long after the support chat a journey holds right after joining, even on a
 * busy machine; a shorter term let a notice sent before the promise race its delivery.
 */
const TERM_MONTHS = 24;
const GOODWILL_EXTENSION = { months: 6, inWords: 'six months' };
/** The renewal notice goes out this long before the renewal date. */
const NOTICE_MONTHS_BEFORE = 1;
/** Support's confirmation email follows the chat after this long, on the demo calendar. */
const CONFIRMATION_AFTER = { days: 1 };

/**
 * The membership records: a two-year membership with its renewal date, the renewal notice a month
 * before it, and the goodwill extension support can promise. With the fault promise-forgotten,
 * support confirms the extension but nobody records it.
 */
export class MembershipBook {
  /** What support may offer, in words. */
  readonly goodwillExtension = GOODWILL_EXTENSION.inWords;
  readonly #context: DepartmentContext;
  readonly #byEmail = new Map<string, Membership>();
  readonly #sending = new Set<Promise<boolean>>();

  constructor(context: DepartmentContext) {
    this.#context = context;
  }

  find(customer: Customer): Membership | undefined {
    return this.#byEmail.get(customer.email);
  }

  /** Joins, or returns the membership the customer already has. */
  join(customer: Customer): Membership {
    const existing = this.find(customer);
    if (existing) return existing;
    const today = startOfDay(this.#context.clock.now());
    const membership: Membership = {
      email: customer.email,
      since: today,
      renewsOn: addMonths(today, TERM_MONTHS),
      extensionPromised: false,
      noticeGeneration: 0,
    };
    this.#byEmail.set(customer.email, membership);
    this.#scheduleRenewalNotice(membership);
    return membership;
  }

  /** Support promises six more months: confirmed by email; recorded unless the fault forgets it. */
  promiseExtension(membership: Membership, agent: string): void {
    const promisedRenewal = addMonths(membership.renewsOn, GOODWILL_EXTENSION.months);
    membership.extensionPromised = true;
    if (!this.#context.faults.has('promise-forgotten')) {
      membership.renewsOn = promisedRenewal;
      this.#scheduleRenewalNotice(membership);
    }
    this.#context.clock.after(CONFIRMATION_AFTER, () => {
      void this.#send(composeExtensionConfirmation(membership.email, promisedRenewal, GOODWILL_EXTENSION.inWords, agent, this.#context.webUrl));
    });
  }

  /** Waits for mail already handed to the outbox; the clock's stop cancels what is not yet due. */
  async stop(): Promise<void> {
    await Promise.allSettled(this.#sending);
  }

  #scheduleRenewalNotice(membership: Membership): void {
    const { clock, webUrl } = this.#context;
    const generation = ++membership.noticeGeneration;
    const noticeDay = addMonths(membership.renewsOn, -NOTICE_MONTHS_BEFORE);
    clock.after({ days: Math.max(0, daysUntil(noticeDay, clock.now())) }, () => {
      if (membership.noticeGeneration === generation) void this.#send(composeRenewalNotice(membership, webUrl));
    });
  }

  #send(message: SendMailOptions): Promise<boolean> {
    const sending = this.#context.outbox.send(message);
    this.#sending.add(sending);
    void sending.finally(() => this.#sending.delete(sending));
    return sending;
  }
}
