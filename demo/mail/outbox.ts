import nodemailer from 'nodemailer';
import type { SendMailOptions, Transporter } from 'nodemailer';
import { MAIL_DOMAIN } from '../shop-identity.ts';

/**
 * The company's outgoing mail: one pooled SMTP connection set to the relay (plain SMTP, no TLS,
 * no auth). A failed send is reported on stderr and dropped, never retried here.
 */
export class Outbox {
  readonly #transport: Transporter;
  readonly #relay: string;
  #closed = false;
  #lastReportedFailure: string | undefined;

  constructor(relay: { host: string; port: number }) {
    this.#relay = `${relay.host}:${relay.port}`;
    this.#transport = nodemailer.createTransport({
      pool: true,
      host: relay.host,
      port: relay.port,
      secure: false,
      ignoreTLS: true,
      name: `mail.${MAIL_DOMAIN}`,
      // Bounded, so a stalled relay cannot hold a campaign cycle (or stop()) for minutes.
      connectionTimeout: 5_000,
      greetingTimeout: 5_000,
      socketTimeout: 10_000,
    });
  }

  /** Resolves true when the relay accepted the message, false when it did not. */
  async send(message: SendMailOptions): Promise<boolean> {
    try {
      await this.#transport.sendMail(message);
      this.#lastReportedFailure = undefined;
      return true;
    } catch (error) {
      if (!this.#closed) this.#reportFailure(error);
      return false;
    }
  }

  /** Queued messages fail; a message already being delivered finishes first. */
  close(): void {
    this.#closed = true;
    this.#transport.close();
  }

  // One line per distinct failure: a relay that stays down does not flood stderr every cycle.
  #reportFailure(error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    if (reason === this.#lastReportedFailure) return;
    this.#lastReportedFailure = reason;
    console.error(`Demo Shop: could not send mail via ${this.#relay}: ${reason} (skipping, will try again next cycle)`);
  }
}
