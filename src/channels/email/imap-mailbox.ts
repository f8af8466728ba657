import { ImapFlow } from 'imapflow';
import { readEmail } from '../../mail/read-email.ts';
import { emailMatches } from './mail-criteria.ts';
import type { MailCriteria, Mailbox } from './mailbox.ts';
import type { ReceivedEmail } from '../../mail/received-email.ts';
import { MailboxUnavailable, MailboxCredentialsRejected } from './mailbox-errors.ts';
import { plusAddress } from './plus-address.ts';
import { DELIVERY_HEADERS } from '../../mail/delivered-to.ts';

export interface ImapSettings {
  host: string;
  port: number;
  /** Implicit TLS (993). */
  secure: boolean;
  user: string;
  /** A password or app password… */
  password?: string;
  /** …or an OAuth2 access token (XOAUTH2), as Gmail and Outlook want. */
  accessToken?: string;
  /** The account's address, whose sub-addresses (local+tag@domain) the scenarios use. */
  address: string;
}

/**
 * A real persona mailbox at Gmail, Outlook or any IMAP server. Waits by IMAP IDLE (the server
 * pushes new mail), and looks in the Spam/Junk folder too: where a company's mail lands is part
 * of the customer's experience, but it still arrived.
 */
export class ImapMailbox implements Mailbox {
  private readonly parsed = new Map<string, Promise<ReceivedEmail>>();

  private constructor(
    private readonly settings: ImapSettings,
    private readonly folders: WatchedFolder[],
  ) {}

  /** Connects, checks the credentials, and watches the inbox and the junk folder. */
  static async open(settings: ImapSettings): Promise<ImapMailbox> {
    const inbox = await WatchedFolder.open(settings, 'INBOX');
    const junkPath = await inbox.junkFolderPath();
    const folders = [inbox];
    if (junkPath) folders.push(await WatchedFolder.open(settings, junkPath));
    return new ImapMailbox(settings, folders);
  }

  address(tag: string): string {
    return plusAddress(this.settings.address, tag);
  }

  async list(criteria: MailCriteria): Promise<ReceivedEmail[]> {
    const found = await Promise.all(this.folders.map((folder) => this.listIn(folder, criteria)));
    return found.flat().sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  }

  async waitFor(criteria: MailCriteria, timeoutMs: number): Promise<ReceivedEmail | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const arrival = Promise.race(this.folders.map((folder) => folder.nextArrival()));
      arrival.catch(() => undefined); // a lost connection is rethrown below, or by the search, not left unhandled
      const [match] = await this.list(criteria);
      if (match) return match;
      const remaining = deadline - Date.now();
      if (remaining <= 0) return undefined;
      const arrived = await Promise.race([arrival.then(() => true), delay(remaining).then(() => false)]);
      if (!arrived) return undefined;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.folders.map((folder) => folder.close()));
  }

  private async listIn(folder: WatchedFolder, criteria: MailCriteria): Promise<ReceivedEmail[]> {
    const messages = await folder.search(criteria);
    const emails = await Promise.all(
      messages.map(({ key, uid, internalDate }) => {
        let email = this.parsed.get(key);
        if (!email) {
          // The provider's delivery headers tell the envelope recipient (IMAP keeps no envelope).
          email = folder.source(uid).then((source) => readEmail(source, { id: key, receivedAt: endOfSecond(internalDate), envelope: { from: '', to: [] } }, { envelopeFromHeaders: true }));
          this.parsed.set(key, email);
        }
        return email;
      }),
    );
    return emails.filter((email) => emailMatches(email, criteria));
  }
}

/** One IMAP connection with one folder selected, idling so that the server announces new mail. */
class WatchedFolder {
  private waiters: Array<{ wake: () => void; fail: (error: Error) => void }> = [];
  /** Set when the server dropped the connection: every later wait or search fails with it. */
  private lost?: MailboxUnavailable;

  private constructor(
    private readonly client: ImapFlow,
    private readonly path: string,
    private readonly settings: ImapSettings,
  ) {
    client.on('exists', () => this.settle((waiter) => waiter.wake()));
    // A mailbox that went away mid-wait must not read as "no mail came": that would blame the company.
    client.on('close', () => {
      this.lost ??= this.connectionLost();
      const lost = this.lost;
      this.settle((waiter) => waiter.fail(lost));
    });
  }

  static async open(settings: ImapSettings, path: string): Promise<WatchedFolder> {
    const client = new ImapFlow({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.accessToken ? { user: settings.user, accessToken: settings.accessToken } : { user: settings.user, pass: settings.password ?? '' },
      logger: false,
      // Idle (and so hear about new mail) right after each command, not after the default 15 s.
      autoIdleDelay: 100,
      // A lab server (Dovecot in the tests) may have a self-signed certificate only on loopback.
      tls: { rejectUnauthorized: !['127.0.0.1', 'localhost', '::1'].includes(settings.host) },
    });
    client.on('error', () => undefined); // a dropped connection surfaces as 'close', and on the next command
    try {
      await client.connect();
    } catch (error) {
      // A refused login leaves the connection open (the server drops it only minutes later), and
      // it would keep the process alive.
      client.close();
      throw connectionFailure(error, settings);
    }
    await client.mailboxOpen(path);
    return new WatchedFolder(client, path, settings);
  }

  /** The folder marked \Junk (RFC 6154), e.g. "[Gmail]/Spam" or "Junk Email". */
  async junkFolderPath(): Promise<string | undefined> {
    const folders = await this.client.list();
    return folders.find((folder) => folder.specialUse === '\\Junk')?.path;
  }

  nextArrival(): Promise<void> {
    if (this.lost) return Promise.reject(this.lost);
    return new Promise((wake, fail) => this.waiters.push({ wake: () => wake(), fail }));
  }

  async search(criteria: MailCriteria): Promise<Array<{ key: string; uid: number; internalDate: Date }>> {
    this.failIfLost();
    const query: Record<string, unknown> = {};
    // SINCE has day granularity on the server; the exact moment is checked on our side.
    if (criteria.receivedAfter) query.since = new Date(criteria.receivedAfter.getTime() - 86_400_000);
    // List mail is addressed To: the list; the shopper's sub-address is only where it was delivered.
    if (criteria.to) query.or = deliveredToQuery(criteria.to);
    const uids = await this.client.search(Object.keys(query).length ? query : { uid: '1:*' }, { uid: true });
    // imapflow answers a search on a dropped connection with nothing, not an error.
    this.failIfLost();
    if (!uids || uids.length === 0) return [];
    const validity = this.client.mailbox ? String(this.client.mailbox.uidValidity) : '0';
    const found: Array<{ key: string; uid: number; internalDate: Date }> = [];
    for await (const message of this.client.fetch(uids, { uid: true, internalDate: true }, { uid: true })) {
      const internalDate = new Date(message.internalDate ?? Date.now());
      // INTERNALDATE has whole seconds: a message of the same second as receivedAfter counts as after.
      if (criteria.receivedAfter && internalDate.getTime() < Math.floor(criteria.receivedAfter.getTime() / 1000) * 1000) continue;
      found.push({ key: `${this.path}:${validity}:${message.uid}`, uid: message.uid, internalDate });
    }
    return found;
  }

  async source(uid: number): Promise<Buffer> {
    this.failIfLost();
    const message = await this.client.fetchOne(String(uid), { source: true }, { uid: true });
    return message && message.source ? message.source : Buffer.alloc(0);
  }

  async close(): Promise<void> {
    await this.client.logout().catch(() => undefined);
  }

  private failIfLost(): void {
    if (!this.lost && !this.client.usable) this.lost = this.connectionLost();
    if (this.lost) throw this.lost;
  }

  private connectionLost(): MailboxUnavailable {
    return new MailboxUnavailable(`The IMAP server ${this.settings.host}:${this.settings.port} closed the connection during the run`);
  }

  private settle(each: (waiter: { wake: () => void; fail: (error: Error) => void }) => void): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) each(waiter);
  }
}

function connectionFailure(error: unknown, settings: ImapSettings): Error {
  const failure = error as { authenticationFailed?: boolean; code?: string; message?: string; responseText?: string };
  if (failure.authenticationFailed || failure.code === 'AUTHENTICATIONFAILED') {
    return new MailboxCredentialsRejected(
      `The IMAP server ${settings.host} rejected the login of ${settings.user}: check ${settings.accessToken ? 'IMAP_ACCESS_TOKEN' : 'IMAP_USER and IMAP_PASSWORD'} in .env`,
    );
  }
  return new MailboxUnavailable(`The IMAP server ${settings.host}:${settings.port} cannot be reached: ${failure.message ?? failure.code ?? String(error)}`);
}

/**
 * Where a message to this address may name it: To, and the headers providers write on
 * delivery (Delivered-To: Gmail, Dovecot, Postfix's local delivery; X-Original-To: Postfix;
 * Envelope-To: Exim; the "for <address>" of Received). IMAP matches substrings; the exact
 * address is checked on our side.
 */
function deliveredToQuery(address: string): Array<Record<string, unknown>> {
  return [{ to: address }, ...DELIVERY_HEADERS.map((name) => ({ header: { [name]: address } }))];
}

/** The latest moment a whole-second INTERNALDATE can stand for. */
function endOfSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000 + 999);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
