/**
 * The company's outgoing calls, through a phone provider's HTTP API. In the lab the provider is
 * the harness's local phone network (`POST <gateway>/calls` with JSON `{ from, to, says }`,
 * answered with `{ answer }`: what the person called said); without a gateway, no call is made.
 */
export class PhoneLine {
  #warned = false;

  constructor(private readonly gatewayUrl: string | undefined) {}

  /** What the person called said, or undefined when the call did not go through. */
  async call(dialled: { from: string; to: string; says: string }): Promise<string | undefined> {
    if (!this.gatewayUrl) {
      if (!this.#warned) console.error('Demo Shop: no phone provider configured; sales calls are not made');
      this.#warned = true;
      return undefined;
    }
    try {
      const response = await fetch(new URL('calls', this.gatewayUrl.endsWith('/') ? this.gatewayUrl : `${this.gatewayUrl}/`), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(dialled),
        signal: AbortSignal.timeout(5_000),
      });
      if (!response.ok) return undefined;
      const { answer } = (await response.json()) as { answer?: unknown };
      return typeof answer === 'string' ? answer : '';
    } catch (error) {
      console.error(`Demo Shop: could not place a call: ${(error as Error).message}`);
      return undefined;
    }
  }
}
