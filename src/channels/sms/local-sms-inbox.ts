import { createHash } from 'node:crypto';
import { waitForArrival } from '../arrival-signal.ts';
import { smsMatches, type ReceivedSms, type SmsCriteria, type SmsInbox } from './sms-inbox.ts';
import { SmsStore } from './sms-store.ts';

/** The shopper's phone on the local phone network: reads what it stored, woken on arrival. */
export class LocalSmsInbox implements SmsInbox {
  private readonly store: SmsStore;

  constructor(
    storeDir: string,
    /** The persona's number; scenarios get numbers that differ in their last six digits. */
    private readonly ownerNumber = '+447700900000',
  ) {
    this.store = new SmsStore(storeDir);
  }

  numberFor(tag: string): string {
    const digits = String(parseInt(createHash('sha256').update(tag).digest('hex').slice(0, 8), 16) % 1_000_000).padStart(6, '0');
    return `${this.ownerNumber.slice(0, -6)}${digits}`;
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
