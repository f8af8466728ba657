import { waitForArrival } from '../arrival-signal.ts';
import { CallStore } from './call-store.ts';
import { callMatches, type CallCriteria, type PhoneAnswer, type PhoneCall } from './phone-call.ts';

/**
 * The shopper's phone for calls: its call log, and how it answers. The calls reach it through the
 * local phone network or a real number's Twilio webhook; both keep them in one store folder.
 */
export class CallLog {
  private readonly store: CallStore;

  constructor(
    storeDir: string,
    /** A real number every scenario shares (the Twilio number); none: each scenario's own local number. */
    readonly fixedNumber?: string,
  ) {
    this.store = new CallStore(storeDir);
  }

  /** From now on, the phone answers calls to `number` so. */
  answerWith(number: string, answer: PhoneAnswer): Promise<void> {
    return this.store.setAnswer(number, answer);
  }

  /** Every matching call received so far, oldest first. */
  async list(criteria: CallCriteria): Promise<PhoneCall[]> {
    await this.store.init();
    return (await this.store.list(criteria.receivedAfter)).filter((call) => callMatches(call, criteria));
  }

  /** Waits until a matching call is in the log; resolves undefined when none came in time. */
  async waitFor(criteria: CallCriteria, timeoutMs: number): Promise<PhoneCall | undefined> {
    await this.store.init();
    return waitForArrival(this.store.dir, (name) => name.endsWith('.json'), timeoutMs, async () => (await this.list(criteria))[0]);
  }
}
