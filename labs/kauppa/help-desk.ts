import type { ParsedMail } from 'mailparser';
import type { Faults } from './faults.ts';
import { acknowledgement, agentAnswer } from './mail/help-desk-mail.ts';
import type { Postman } from './mail/postman.ts';
import { TicketBook } from './tickets.ts';

/** asiakaspalvelu@: every mail opens a ticket, is acknowledged at once and answered by an agent later. */
export class HelpDesk {
  readonly book = new TicketBook();
  readonly #postman: Postman;
  readonly #faults: Faults;
  readonly #answerDelayMs: number;
  readonly #timers = new Set<NodeJS.Timeout>();

  constructor(postman: Postman, faults: Faults, answerDelayMs: number) {
    this.#postman = postman;
    this.#faults = faults;
    this.#answerDelayMs = answerDelayMs;
  }

  receive(mail: ParsedMail): void {
    const customer = mail.replyTo?.value[0]?.address ?? mail.from?.value[0]?.address;
    if (!customer) return; // nowhere to answer: a real desk files it and moves on
    const ticket = this.book.open(customer, mail.subject?.trim() || '(ei aihetta)', mail.messageId);
    // RFC 3834: never auto-reply to automatic mail (two desks would answer each other for ever).
    const automatic = !/^\s*no\b/i.test(String(mail.headers.get('auto-submitted') ?? 'no'));
    if (!automatic && !this.#faults.has('enquiry-not-acknowledged')) void this.#postman.send(acknowledgement(ticket));
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (!this.#faults.has('enquiry-not-answered')) void this.#postman.send(agentAnswer(ticket));
    }, this.#answerDelayMs);
    this.#timers.add(timer);
  }

  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
