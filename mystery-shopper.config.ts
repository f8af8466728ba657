import { defineConfig } from './src/config/define-config.ts';

/**
 * What mystery-shopper audits and how patient it is. Secrets stay in .env; everything a target
 * promises its customers (grace periods, SLAs) lives here, never in code.
 */
export default defineConfig({
  // When `mystery-shopper schedule` runs the journeys tagged @schedule:<name>.
  schedules: {
    hourly: { cron: '0 * * * *' },
    daily: { cron: '0 6 * * *' },
    weekly: { cron: '0 7 * * 1' },
  },
  defaultTarget: 'demo',
  targets: {
    demo: {
      name: 'Demo Shop',
      demo: true,
      adapter: 'demo-shop',
      // The demo company serves http on 127.0.0.1; a real company's http unsubscribe URI is a finding.
      allowHttpOnLoopback: true,
      // The demo company runs on a compressed clock: seconds stand in for days. Its own delays are
      // near zero; the margins are for mail crossing two servers on a busy 2-core CI machine.
      timing: {
        unsubscribeGracePeriod: '4s',
        marketingObservation: '3s',
        bounceWait: '5s',
        marketingEmailWait: '15s',
        quoteEmailWait: '10s',
        ticketDeliverySla: '5s',
        acknowledgementSla: '8s',
        answerSla: '10s',
        renewalNoticeWait: '20s',
        deliveryNoticeWait: '5s',
        contactObservation: '7s',
        maxWaitInRun: '1m',
      },
      // At most 5 marketing contacts (emails and texts) per demo week.
      contactCap: { max: 5, per: '7s' },
      // The demo payment gateway's test card; a real target names its sandbox card, from .env.
      // Real money needs allowRealPayments: true and a spendCap for the whole run, e.g.
      // { amount: '50.00', currency: 'EUR' } (docs/safety.md).
      payment: { card: { number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123' } },
      // What the demo sells, and what proves the purchase, in the words of its findings.
      checkout: { purchase: 'flight', proof: 'e-ticket' },
      // Unpaced: it is our own demo. A real target is paced at 1 request a second unless it sets
      // rate: { requestsPerSecond: n } (for the whole run, shared by its workers).
      // Only the demo's own origins are reached; a real target lists extra ones in allowedOrigins.
    },
  },
  personas: {
    shopper: {
      name: 'Sam Shopper',
      email: 'sam@shopper.test',
      phone: '+447700900000',
      deliveryAddress: '12 Park Lane, Demo Town',
      // Each scenario signs up with a fresh throw-away password, unless the company's password
      // rules need one of yours (a secret: keep it in .env):
      // password: process.env.SHOPPER_PASSWORD,
    },
  },
  // Before a company channel that did not answer is blamed on the company, the auditor checks its own
  // network: this URL and the mailbox servers in .env (the local mailbox proves nothing). If none
  // answers, the run is a harness error (exit 2) and the company is not blamed. A target may set
  // its own. Set it for a real company; the demo runs on loopback and needs none.
  // auditorCheck: { referenceUrl: 'https://www.example.org' },
  // The experience report's PDF and Allure's report, both written by default; a quick inner loop may
  // leave them out here for every run (run --no-pdf / --no-allure for one run).
  // reports: { pdf: false, allure: false },
  // Alerts when a journey breaks, degrades or recovers (docs/alerts.md). None by default; the
  // webhook URLs and the SMTP password are secrets: keep them in .env.
  // alerts: [
  //   {
  //     name: 'qa-slack',
  //     kind: 'slack',
  //     url: process.env.SLACK_WEBHOOK_URL,
  //     on: { broken: true, degraded: true, recovered: true },
  //     // Only when 2 of the last 3 runs failed: a journey that fails once in a while pages no one.
  //     when: { failing: 2, ofLast: 3 },
  //   },
  //   { name: 'qa-teams', kind: 'teams', url: process.env.TEAMS_WEBHOOK_URL },
  //   { name: 'incidents', kind: 'webhook', url: process.env.ALERT_WEBHOOK_URL },
  //   {
  //     name: 'cio-mail',
  //     kind: 'email',
  //     from: 'mystery-shopper@acme.example',
  //     to: ['cio@acme.example'],
  //     smtp: {
  //       host: process.env.ALERT_SMTP_HOST,
  //       port: Number(process.env.ALERT_SMTP_PORT || 587),
  //       user: process.env.ALERT_SMTP_USER,
  //       password: process.env.ALERT_SMTP_PASSWORD,
  //     },
  //     on: { recovered: false },
  //     when: { failing: 3 },
  //   },
  // ],
});
