import { startLampbutiken, type Lampbutiken } from '../../labs/lampbutiken/lampbutiken.ts';
import { startFakeStripe, type FakeStripe } from '../fakes/stripe/fake-stripe.ts';
import { freePort } from './ports.ts';
import { writeTempConfig } from './temp-config.ts';

/** Lampbutiken's secret key at the fake Stripe: a test key, as the config requires. */
export const LAMPBUTIKEN_STRIPE_KEY = 'sk_test_lampbutiken_lab_0000000001';

export interface LampbutikenLab {
  lampbutiken: Lampbutiken;
  stripe: FakeStripe;
  /** The environment of a run against it: its config file, and the local mailbox's port it delivers to. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * Lampbutiken (labs/lampbutiken) paid through a fake Stripe, delivering its order confirmations to
 * the harness's local mailbox on a port fixed for it (MYSTERY_SHOPPER_LOCAL_SMTP_PORT), and a config
 * file whose target names the adapter `adapter` (journeys/adapters/<adapter>/).
 */
export async function openLampbutikenLab(adapter = 'lampbutiken'): Promise<LampbutikenLab> {
  const mailPort = await freePort();
  const stripe = await startFakeStripe({ apiKey: LAMPBUTIKEN_STRIPE_KEY });
  const lampbutiken = await startLampbutiken({ stripe: { url: stripe.url, secretKey: LAMPBUTIKEN_STRIPE_KEY }, relay: { host: '127.0.0.1', port: mailPort } });
  const config = await writeTempConfig(
    'lampbutiken',
    `lampbutiken: {
      name: 'Lampbutiken AB',
      adapter: ${JSON.stringify(adapter)},
      webUrl: ${JSON.stringify(lampbutiken.apiUrl)},
      checkout: { purchase: 'lamp', proof: 'order confirmation', currency: 'SEK', locale: 'sv-SE' },
      payment: {
        card: { number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123' },
        ledger: { kind: 'stripe', url: ${JSON.stringify(stripe.url)}, apiKey: ${JSON.stringify(LAMPBUTIKEN_STRIPE_KEY)} },
      },
      rate: { requestsPerSecond: 20 },
      timing: { ticketDeliverySla: '4s', maxWaitInRun: '1m', pageLoad: '10s', pageAction: '5s' },
    }`,
  );
  return {
    lampbutiken,
    stripe,
    env: { MYSTERY_SHOPPER_CONFIG: config, MYSTERY_SHOPPER_LOCAL_SMTP_PORT: String(mailPort), MYSTERY_SHOPPER_WORKERS: '1' },
    stop: async () => {
      await lampbutiken.stop();
      await stripe.stop();
    },
  };
}
