import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApi } from './api.ts';
import { Faults } from './faults.ts';
import type { Relay } from './mail.ts';
import { Shop } from './shop.ts';
import type { StripeAccount } from './stripe.ts';

export interface LampbutikenOptions {
  /** Where its payments go: Stripe's API, or a lab's stand-in for it. */
  stripe: StripeAccount;
  /** Where it sends order confirmations: plain SMTP, no auth (the shopper's mail provider in a lab). */
  relay: Relay;
  faults?: Iterable<string>;
  host?: string;
  port?: number;
}

export interface Lampbutiken {
  /** The shop API's base URL. */
  apiUrl: string;
  faults: Faults;
  shop: Shop;
  stop(): Promise<void>;
}

/**
 * Lampbutiken AB: a Swedish lamp shop with only a shop API (no storefront pages), prices in SEK as
 * Swedes write them ("1 990,00 kr"), payments through Stripe, order confirmations by email, and no
 * payment support channel. It shares no code with the harness or the demo company.
 */
export async function startLampbutiken(options: LampbutikenOptions): Promise<Lampbutiken> {
  const shop = new Shop();
  const faults = new Faults(options.faults);
  const server = createServer(createApi({ shop, faults, stripe: options.stripe, relay: options.relay }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://${address}:${port}`,
    faults,
    shop,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
