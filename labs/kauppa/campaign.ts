import type { Faults } from './faults.ts';
import { campaign } from './mail/newsletter-mail.ts';
import type { Postman } from './mail/postman.ts';
import type { Subscribers } from './subscribers.ts';

export interface CampaignOptions {
  subscribers: Subscribers;
  postman: Postman;
  faults: Faults;
  webUrl: string;
  everyMs: number;
}

/** "Viikon tarjoukset" to every active subscriber, once per tick (a compressed week). */
export class Campaign {
  readonly #timer: NodeJS.Timeout;
  #sending: Promise<unknown> | undefined;

  constructor(options: CampaignOptions) {
    this.#timer = setInterval(() => {
      // A tick that finds the previous one still sending is skipped: no pile-up behind a slow relay.
      if (this.#sending) return;
      const withHeader = !options.faults.has('no-list-unsubscribe');
      this.#sending = sendToEach(options, withHeader).finally(() => (this.#sending = undefined));
    }, options.everyMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#sending;
  }
}

/** One by one, each subscriber looked up again just before its mail goes, as a mailing service checks its suppression list at send time. */
async function sendToEach(options: CampaignOptions, withHeader: boolean): Promise<void> {
  for (const subscriber of options.subscribers.active()) {
    if (subscriber.state !== 'active') continue;
    await options.postman.send(campaign(subscriber, options.webUrl, withHeader));
  }
}
