import MailosaurClient from 'mailosaur';
import { readEmail } from '../../mail/read-email.ts';
import { emailMatches } from './mail-criteria.ts';
import type { MailCriteria, Mailbox } from './mailbox.ts';
import type { ReceivedEmail } from '../../mail/received-email.ts';
import { callMailosaur, searchMailosaur, type MailosaurSettings } from './mailosaur-search.ts';

/**
 * Mailosaur as the shopper's mailbox: a fresh address per scenario on the account's server
 * (<tag>@<server>.mailosaur.net). Mailosaur's search waits server-side and tells its client how
 * soon to ask again; the raw message is fetched so that headers are read exactly as sent.
 */
export class MailosaurMailbox implements Mailbox {
  private readonly client: MailosaurClient;
  private readonly parsed = new Map<string, Promise<ReceivedEmail>>();

  constructor(private readonly settings: MailosaurSettings) {
    this.client = new MailosaurClient(settings.apiKey, settings.baseUrl);
  }

  address(tag: string): string {
    const clean = tag.toLowerCase().replace(/[^a-z0-9-]+/g, '');
    return `${clean}@${this.settings.serverId}.${this.settings.smtpDomain ?? 'mailosaur.net'}`;
  }

  async list(criteria: MailCriteria): Promise<ReceivedEmail[]> {
    const summaries = await searchMailosaur(this.client, this.settings, serverCriteria(criteria), criteria.receivedAfter, 0);
    const emails = await Promise.all(summaries.filter((summary) => summary.type !== 'SMS').map((summary) => this.read(summary.id, summary.received, criteria)));
    return emails.filter((email) => emailMatches(email, criteria)).sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  }

  async waitFor(criteria: MailCriteria, timeoutMs: number): Promise<ReceivedEmail | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const remaining = deadline - Date.now();
      // Waits in Mailosaur until at least one message matches what Mailosaur can filter on.
      await searchMailosaur(this.client, this.settings, serverCriteria(criteria), criteria.receivedAfter, Math.max(0, remaining));
      const [match] = await this.list(criteria);
      if (match) return match;
      if (deadline - Date.now() <= 0) return undefined;
      // Mailosaur found messages our finer criteria reject; ask again shortly.
      await new Promise((resolve) => setTimeout(resolve, Math.min(500, deadline - Date.now())));
    }
  }

  private read(id: string, received: Date | undefined, criteria: MailCriteria): Promise<ReceivedEmail> {
    let email = this.parsed.get(id);
    if (!email) {
      email = callMailosaur(this.settings, () => this.client.files.getEmail(id))
        .then((source) => readEmail(Buffer.from(source), { id, receivedAt: new Date(received ?? Date.now()), envelope: { from: '', to: criteria.to ? [criteria.to] : [] } }))
        .catch((error: unknown) => {
          this.parsed.delete(id);
          throw error;
        });
      this.parsed.set(id, email);
    }
    return email;
  }
}

/** The part of the criteria Mailosaur filters on itself: exact recipient and sender, subject text. */
function serverCriteria(criteria: MailCriteria): Record<string, string> {
  return {
    ...(criteria.to ? { sentTo: criteria.to } : {}),
    ...(typeof criteria.from === 'string' ? { sentFrom: criteria.from } : {}),
    ...(typeof criteria.subject === 'string' ? { subject: criteria.subject } : {}),
  };
}
