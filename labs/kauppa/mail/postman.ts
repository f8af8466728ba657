import nodemailer from 'nodemailer';
import type { SendMailOptions } from 'nodemailer';
import { DOMAIN } from '../identity.ts';

export interface Relay {
  host: string;
  port: number;
}

/**
 * Kauppa's outgoing mail: each message on a connection of its own to the relay (plain SMTP, no
 * TLS, no auth), one after the other, so a slow relay delays mail but never reorders it.
 * A message the relay refuses is logged and dropped.
 */
export class Postman {
  readonly #relay: Relay;
  #queue: Promise<unknown> = Promise.resolve();
  #stopped = false;

  constructor(relay: Relay) {
    this.#relay = relay;
  }

  send(message: SendMailOptions): Promise<boolean> {
    const sent = this.#queue.then(() => this.#deliver(message));
    this.#queue = sent;
    return sent;
  }

  /** Waits for what is queued; later sends are dropped. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#queue;
  }

  async #deliver(message: SendMailOptions): Promise<boolean> {
    if (this.#stopped) return false;
    const transport = nodemailer.createTransport({
      host: this.#relay.host,
      port: this.#relay.port,
      secure: false,
      ignoreTLS: true,
      name: `posti.${DOMAIN}`,
      connectionTimeout: 3_000,
      greetingTimeout: 3_000,
      socketTimeout: 5_000,
    });
    try {
      await transport.sendMail(message);
      return true;
    } catch (error) {
      console.error(`Kauppa Oy: mail to ${String(message.to)} not sent via ${this.#relay.host}:${this.#relay.port}: ${(error as Error).message}`);
      return false;
    } finally {
      transport.close();
    }
  }
}
