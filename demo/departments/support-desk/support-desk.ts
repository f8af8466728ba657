import type { SendMailOptions } from 'nodemailer';
import type { DepartmentContext } from '../department.ts';
import type { Enquiry, SupportCase } from './support-case.ts';
import { composeAcknowledgement, composeAnswer } from './support-mail.ts';

/** How long a person takes to answer, on the demo calendar: a working morning. */
const ANSWER_AFTER = { hours: 4 };

/**
 * Customer service: every enquiry becomes a case, is acknowledged at once by an automatic reply
 * and answered by a person some hours later. Faults switch off either half.
 */
export class SupportDesk {
  readonly #context: DepartmentContext;
  readonly #sending = new Set<Promise<boolean>>();
  #nextCaseNumber = 10_001;

  constructor(context: DepartmentContext) {
    this.#context = context;
  }

  open(enquiry: Enquiry, channel: SupportCase['channel']): SupportCase {
    const { faults, clock, webUrl } = this.#context;
    const supportCase: SupportCase = { ...enquiry, channel, number: `C-${this.#nextCaseNumber++}` };
    if (!faults.has('enquiry-not-acknowledged')) {
      const acknowledgement = composeAcknowledgement(supportCase);
      supportCase.acknowledgementId = acknowledgement.messageId as string;
      this.#send(acknowledgement);
    }
    if (!faults.has('enquiry-not-answered')) {
      clock.after(ANSWER_AFTER, () => void this.#send(composeAnswer(supportCase, webUrl)));
    }
    return supportCase;
  }

  /** Waits for mail already handed to the outbox; the clock's stop cancels answers not yet due. */
  async stop(): Promise<void> {
    await Promise.allSettled(this.#sending);
  }

  #send(message: SendMailOptions): Promise<boolean> {
    const sending = this.#context.outbox.send(message);
    this.#sending.add(sending);
    void sending.finally(() => this.#sending.delete(sending));
    return sending;
  }
}
