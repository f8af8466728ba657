import { waitForArrival } from '../arrival-signal.ts';
import { smsMatches, type ReceivedSms, type SmsCriteria, type SmsInbox } from './sms-inbox.ts';
import { SmsStore } from './sms-store.ts';

/** The shopper's phone on the local phone network: reads what it stored, woken on arrival. */
export class LocalSmsInbox implements SmsInbox {
  private readonly store: SmsStore;

  constructor(storeDir: string) {
    this.store = new SmsStore(storeDir);
  }

  async list(criteria: SmsCriteria): Promise<ReceivedSms[]> {
    await this.store.init();
    return (await this.store.list(criteria.receivedAfter)).filter((sms) => smsMatches(sms, criteria));
  }

  async waitFor(criteria: SmsCriteria, timeoutMs: number): Promise<ReceivedSms | undefined> {
    await this.store.init();
    return waitForArrival(this.store.dir, (name) => name.endsWith('.json'), timeoutMs, async () => (await this.list(criteria))[0]);
  }
}
