import MailosaurClient from 'mailosaur';
import { callMailosaur, searchMailosaur, type MailosaurSettings } from '../email/mailosaur-search.ts';
import { smsMatches, type ReceivedSms, type SmsCriteria, type SmsInbox } from './sms-inbox.ts';

/**
 * Texts to one of the Mailosaur account's phone numbers. The number is the account's, not one
 * per scenario, so scenarios tell their texts apart by the moment they started waiting.
 */
export class MailosaurSmsInbox implements SmsInbox {
  private readonly client: MailosaurClient;
  private readonly read = new Map<string, Promise<ReceivedSms>>();

  constructor(
    private readonly settings: MailosaurSettings,
    /** The account's number texts are sent to (E.164). */
    readonly phoneNumber: string,
  ) {
    this.client = new MailosaurClient(settings.apiKey, settings.baseUrl);
  }

  numberFor(): string {
    return this.phoneNumber;
  }

  async list(criteria: SmsCriteria): Promise<ReceivedSms[]> {
    const summaries = await searchMailosaur(this.client, this.settings, { sentTo: criteria.to ?? this.phoneNumber }, criteria.receivedAfter, 0);
    const texts = await Promise.all(summaries.filter((summary) => summary.type === 'SMS').map((summary) => this.text(summary.id)));
    return texts.filter((sms) => smsMatches(sms, criteria)).sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  }

  async waitFor(criteria: SmsCriteria, timeoutMs: number): Promise<ReceivedSms | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await searchMailosaur(this.client, this.settings, { sentTo: criteria.to ?? this.phoneNumber }, criteria.receivedAfter, Math.max(0, deadline - Date.now()));
      const [match] = await this.list(criteria);
      if (match) return match;
      if (deadline - Date.now() <= 0) return undefined;
      await new Promise((resolve) => setTimeout(resolve, Math.min(500, deadline - Date.now())));
    }
  }

  private text(id: string): Promise<ReceivedSms> {
    let sms = this.read.get(id);
    if (!sms) {
      sms = callMailosaur(this.settings, () => this.client.messages.getById(id)).then(
        (message) => ({
          id,
          receivedAt: new Date(message.received ?? Date.now()),
          from: message.from?.[0]?.phone ?? '',
          to: message.to?.[0]?.phone ?? '',
          body: message.text?.body ?? '',
        }),
        (error: unknown) => {
          this.read.delete(id);
          throw error;
        },
      );
      this.read.set(id, sms);
    }
    return sms;
  }
}
