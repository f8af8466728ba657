/**
 * The company's outgoing text messages, through an SMS provider's HTTP API. In the lab the
 * provider is the harness's local phone network (`POST <gateway>/messages` with JSON
 * `{ from, to, body }`); without a gateway, messages are dropped with one log line.
 */
export class SmsOutbox {
  #warned = false;

  constructor(private readonly gatewayUrl: string | undefined) {}

  /** Resolves true when the provider accepted the message. */
  async send(message: { from: string; to: string; body: string }): Promise<boolean> {
    if (!this.gatewayUrl) {
      if (!this.#warned) console.error('Demo Shop: no SMS gateway configured; text messages are dropped');
      this.#warned = true;
      return false;
    }
    try {
      const response = await fetch(new URL('messages', this.gatewayUrl.endsWith('/') ? this.gatewayUrl : `${this.gatewayUrl}/`), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(5_000),
      });
      return response.ok;
    } catch (error) {
      console.error(`Demo Shop: could not send a text message: ${(error as Error).message}`);
      return false;
    }
  }
}
