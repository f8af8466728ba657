import { readEmail } from '../../mail/read-email.ts';
import { waitForArrival } from '../arrival-signal.ts';
import { emailMatches, metaMayMatch } from './mail-criteria.ts';
import type { MailCriteria, Mailbox } from './mailbox.ts';
import type { ReceivedEmail } from '../../mail/received-email.ts';
import { MessageStore } from './message-store.ts';
import { plusAddress } from './plus-address.ts';

/**
 * The shopper's side of the local mailbox: reads what the local mail server stored on disk. A
 * waiting journey is woken by a file-system notification the moment a message is committed,
 * not by polling.
 */
export class LocalMailbox implements Mailbox {
  private readonly store: MessageStore;
  private readonly parsed = new Map<string, Promise<ReceivedEmail>>();

  constructor(
    storeDir: string,
    /** The persona's address, whose sub-addresses the scenarios use. */
    private readonly ownerAddress = 'shopper@shopper.test',
  ) {
    this.store = new MessageStore(storeDir);
  }

  address(tag: string): string {
    return plusAddress(this.ownerAddress, tag);
  }

  async list(criteria: MailCriteria): Promise<ReceivedEmail[]> {
    await this.store.init();
    const metas = (await this.store.listMeta(criteria.receivedAfter)).filter((meta) => metaMayMatch(meta, criteria));
    const emails = await Promise.all(metas.map((meta) => this.read(meta.id, meta)));
    return emails.filter((email) => emailMatches(email, criteria));
  }

  async waitFor(criteria: MailCriteria, timeoutMs: number): Promise<ReceivedEmail | undefined> {
    await this.store.init();
    return waitForArrival(this.store.dir, (name) => name.endsWith('.json'), timeoutMs, async () => (await this.list(criteria))[0]);
  }

  private read(id: string, meta: { receivedAt: string; envelopeFrom: string; recipients: string[] }) {
    let email = this.parsed.get(id);
    if (!email) {
      email = this.store.readSource(id).then((source) =>
        readEmail(source, {
          id,
          receivedAt: new Date(meta.receivedAt),
          envelope: { from: meta.envelopeFrom, to: meta.recipients },
        }),
      );
      this.parsed.set(id, email);
    }
    return email;
  }
}
