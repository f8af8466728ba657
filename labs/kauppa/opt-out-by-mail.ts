import type { ParsedMail } from 'mailparser';
import { optOutConfirmRequest, optOutDone } from './mail/opt-out-mail.ts';
import type { Postman } from './mail/postman.ts';
import type { Subscribers } from './subscribers.ts';
import { newToken } from './tokens.ts';

/**
 * poistu@: a mail to it asks the sender to confirm by replying; the reply, which goes to
 * poistu+vahvista-<token>@, ends the subscription of the address the request was made for.
 */
export class OptOutByMail {
  readonly #pending = new Map<string, string>(); // token → address
  readonly #subscribers: Subscribers;
  readonly #postman: Postman;

  constructor(subscribers: Subscribers, postman: Postman) {
    this.#subscribers = subscribers;
    this.#postman = postman;
  }

  request(mail: ParsedMail): void {
    const sender = senderOf(mail);
    if (!sender) return;
    const token = newToken();
    this.#pending.set(token, sender);
    void this.#postman.send(optOutConfirmRequest(sender, token, mail.messageId));
  }

  /** A reply to the confirmation request; from anyone but the address it was for, it is ignored. */
  confirm(token: string, mail: ParsedMail): void {
    const address = this.#pending.get(token);
    const sender = senderOf(mail);
    if (!address || !sender || address.toLowerCase() !== sender.toLowerCase()) return;
    this.#pending.delete(token);
    const subscriber = this.#subscribers.byAddress(address);
    if (subscriber) this.#subscribers.cancel(subscriber);
    void this.#postman.send(optOutDone(address));
  }
}

function senderOf(mail: ParsedMail): string | undefined {
  return mail.from?.value[0]?.address;
}
