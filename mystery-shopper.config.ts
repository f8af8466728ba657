import { defineConfig } from './src/config/define-config.ts';

/**
 * What mystery-shopper audits and how patient it is. Secrets stay in .env; everything a target
 * promises its customers (grace periods, SLAs) lives here, never in code.
 */
export default defineConfig({
  defaultTarget: 'demo',
  targets: {
    demo: {
      name: 'Demo Shop',
      demo: true,
      adapter: 'demo-shop',
      // The demo company serves http on 127.0.0.1; a real company's http unsubscribe URI is a finding.
      allowHttpOnLoopback: true,
      // The demo company runs on a compressed clock: seconds stand in for days.
      timing: {
        unsubscribeGracePeriod: '2s',
        marketingObservation: '3s',
        bounceWait: '5s',
        marketingEmailWait: '15s',
        maxWaitInRun: '1m',
      },
    },
  },
  personas: {
    shopper: {
      name: 'Sam Shopper',
      email: 'sam@shopper.test',
    },
  },
});
