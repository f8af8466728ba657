import { watch, type FSWatcher } from 'node:fs';
import { readEmail } from '../../mail/read-email.ts';
import { emailMatches, metaMayMatch } from './mail-criteria.ts';
import type { MailCriteria, Mailbox, ReceivedEmail } from './mailbox.ts';
import { MessageStore } from './message-store.ts';

/**
 * The shopper's side of the local mailbox: reads what the local mail server stored on disk. A
 * waiting journey is woken by a file-system notification the moment a message is committed,
 * not by polling.
 */
export class LocalMailbox implements Mailbox {
  private readonly store: MessageStore;
  private readonly parsed = new Map<string, Promise<ReceivedEmail>>();

  constructor(storeDir: string) {
    this.store = new MessageStore(storeDir);
  }

  async list(criteria: MailCriteria): Promise<ReceivedEmail[]> {
    await this.store.init();
    const metas = (await this.store.listMeta(criteria.receivedAfter)).filter((meta) => metaMayMatch(meta, criteria));
    const emails = await Promise.all(metas.map((meta) => this.read(meta.id, meta)));
    return emails.filter((email) => emailMatches(email, criteria));
  }

  async waitFor(criteria: MailCriteria, timeoutMs: number): Promise<ReceivedEmail | undefined> {
    await this.store.init();
    // Watch before the first look, so that a message committed in between is not missed.
    const arrivals = new ArrivalSignal(this.store.dir);
    try {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [match] = await this.list(criteria);
        if (match) return match;
        const remaining = deadline - Date.now();
        if (remaining <= 0 || !(await arrivals.next(remaining))) return undefined;
      }
    } finally {
      arrivals.close();
    }
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

/** Resolves `next()` when a message's metadata file lands in the store (or false on timeout). */
class ArrivalSignal {
  private readonly watcher: FSWatcher;
  private pending = false;
  private wake: (() => void) | undefined;

  constructor(dir: string) {
    this.watcher = watch(dir, (_event, name) => {
      if (!name?.endsWith('.json')) return;
      this.pending = true;
      this.wake?.();
    });
  }

  next(timeoutMs: number): Promise<boolean> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(false), timeoutMs);
      const finish = (arrived: boolean) => {
        clearTimeout(timer);
        this.wake = undefined;
        this.pending = false;
        resolve(arrived);
      };
      this.wake = () => finish(true);
    });
  }

  close(): void {
    this.watcher.close();
    this.wake = undefined;
  }
}
