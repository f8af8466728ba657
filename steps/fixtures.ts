import { test as base } from 'playwright-bdd';
import { createBdd } from 'playwright-bdd';
import { loadCompanyAdapter } from '../journeys/adapters/index.ts';
import { ContactFrequencyJourney } from '../journeys/contact-frequency/contact-frequency-journey.ts';
import { EnquiryAnsweredJourney } from '../journeys/enquiry-answered/enquiry-answered-journey.ts';
import type { JourneyParts } from '../journeys/journey-parts.ts';
import { PayAndGetTicketJourney } from '../journeys/pay-and-get-ticket/pay-and-get-ticket-journey.ts';
import { PromiseKeptJourney } from '../journeys/promise-kept/promise-kept-journey.ts';
import { RentCarJourney } from '../journeys/rent-car/rent-car-journey.ts';
import { shopperForScenario } from '../journeys/shopper.ts';
import { TrackDeliveryJourney } from '../journeys/track-delivery/track-delivery-journey.ts';
import { UnsubscribeJourney } from '../journeys/unsubscribe/unsubscribe-journey.ts';
import { websiteUnavailable } from '../journeys/website-unavailable.ts';
import { openPaymentLedger } from '../src/channels/api/open-ledger.ts';
import { ShopApi } from '../src/channels/api/shop-api.ts';
import { knownSecrets } from '../src/secrets/known-secrets.ts';
import { maskSecrets } from '../src/secrets/mask-secrets.ts';
import { MailboxUnavailable } from '../src/channels/email/mailbox-errors.ts';
import { stopWhenMailboxLost } from './mailbox-lost.ts';
import { attachMaskedFailureScreenshot } from '../src/channels/web/masked-screenshot.ts';
import { guardOrigins } from '../src/channels/web/origin-guard.ts';
import { watchWebsiteOutages } from '../src/channels/web/website-outage.ts';
import { loadConfig, selectTarget } from '../src/config/load-config.ts';
import type { MysteryShopperConfig } from '../src/config/schema.ts';
import { Notebook } from '../src/findings/notebook.ts';
import { resolveAuditTarget, type AuditTarget } from '../src/runtime/audit-target.ts';
import { whyAuditorOffline } from '../src/runtime/auditor-network.ts';
import { holdRunOpenUntil } from '../src/runtime/end-of-run-waits.ts';
import { openShopperChannels, type ShopperChannels } from '../src/runtime/open-channels.ts';
import { currentRunEnvironment, type RunEnvironment } from '../src/runtime/run-environment.ts';
import { attachBlockedRequests } from '../src/safety/blocked-requests.ts';
import { OriginPolicy } from '../src/safety/origin-policy.ts';
import { workerRateLimiter, type RateLimiter } from '../src/safety/rate-limiter.ts';
import { SpendLedger } from '../src/safety/spend-ledger.ts';
import { targetHttp } from '../src/safety/target-http.ts';

interface WorkerParts {
  config: MysteryShopperConfig;
  run: RunEnvironment;
  target: AuditTarget;
  /** The shopper's mailbox, phone and mail sender, or why they cannot be reached. */
  channels: ShopperChannels | MailboxUnavailable;
  /** This worker's share of the target's request rate. */
  pace: RateLimiter;
}

interface ScenarioParts {
  /** Where this scenario may go, and what it was refused. */
  origins: OriginPolicy;
  notebook: Notebook;
  parts: JourneyParts;
  unsubscribe: UnsubscribeJourney;
  rentCar: RentCarJourney;
  payAndGetTicket: PayAndGetTicketJourney;
  enquiryAnswered: EnquiryAnsweredJourney;
  promiseKept: PromiseKeptJourney;
  contactFrequency: ContactFrequencyJourney;
  trackDelivery: TrackDeliveryJourney;
}

/** Wires the journeys to the channels of this run. One instance per scenario, or per worker. */
export const test = base.extend<ScenarioParts, WorkerParts>({
  config: [async ({}, use) => use(await loadConfig()), { scope: 'worker' }],
  run: [async ({}, use) => use(currentRunEnvironment()), { scope: 'worker' }],
  target: [
    async ({ config, run }, use) => use(resolveAuditTarget(selectTarget(config, run.target.id).target, run)),
    { scope: 'worker' },
  ],
  channels: [
    async ({ run, config }, use) => {
      const channels = await openShopperChannels(run, config.personas.shopper).catch((error: unknown) => {
        if (error instanceof MailboxUnavailable) return error;
        throw error;
      });
      await use(channels);
      if (!(channels instanceof MailboxUnavailable)) await channels.close();
    },
    { scope: 'worker' },
  ],
  pace: [async ({ target }, use, workerInfo) => use(workerRateLimiter(target.rate, workerInfo.config.workers)), { scope: 'worker' }],

  origins: async ({ target }, use, testInfo) => {
    const policy = new OriginPolicy(target.id, target.allowedOrigins);
    await use(policy);
    await attachBlockedRequests(testInfo, policy.blocked);
  },
  context: async ({ context, origins, pace, target }, use) => {
    // The target's patience (timing.pageLoad, timing.pageAction), for every page of the scenario.
    context.setDefaultNavigationTimeout(target.timing.pageLoad);
    context.setDefaultTimeout(target.timing.pageAction);
    await guardOrigins(context, origins, pace);
    await use(context);
  },
  notebook: async ({ run, config }, use, testInfo) => {
    // Before a channel that did not answer is blamed on the company: can the auditor reach anything itself?
    const notebook = new Notebook(testInfo, {
      auditorOffline: whyAuditorOffline(config, selectTarget(config, run.target.id).target, run),
      ...(run.endOfRunWaits ? { holdRunOpenUntil: (dueAt: Date) => holdRunOpenUntil(run.endOfRunWaits!, dueAt) } : {}),
    });
    await use(notebook);
    notebook.failOnFindings();
  },
  parts: async ({ page, channels, notebook, target, config, run, origins, pace }, use, testInfo) => {
    // The shopper's mailbox is down: the journey cannot be judged, so it is not run, and says why.
    if (channels instanceof MailboxUnavailable) notebook.harnessCannotRun(channels.message);
    const { sms, calls, mailSender } = channels as ShopperChannels;
    const mailbox = stopWhenMailboxLost((channels as ShopperChannels).mailbox, notebook);
    // A real number for calls (Twilio) is the persona's one phone; else each scenario's own local number.
    const phone = calls.fixedNumber ? { numberFor: () => calls.fixedNumber! } : sms;
    const shopper = shopperForScenario(config.personas.shopper, { mailbox, sms: phone }, run.runId, testInfo.testId, testInfo.retry);
    // Loaded before the scenario, its error kept for the first step that needs the shop: a journey without one needs none.
    const adapter = await loadCompanyAdapter(target).catch((error: unknown) => error as Error);
    const website = () => {
      if (adapter instanceof Error) throw adapter;
      return adapter;
    };
    const http = targetHttp(origins, pace);
    // Masked by value too: the configuration's secrets and the shopper's throw-away password, whatever a shop's API calls its fields.
    const api = new ShopApi(http, (name, json) => notebook.evidence(name, json, 'application/json'), (text) => maskSecrets(text, [...knownSecrets(), shopper.password]));
    // The target's configured ledger; else the one its adapter supplies.
    const ledger = () => {
      const supplied = !target.payment?.ledger && !(adapter instanceof Error) ? adapter.ledger : undefined;
      return supplied ? supplied(http, target) : openPaymentLedger(target.payment?.ledger, target.id, http);
    };
    const spending = new SpendLedger(run.dataDir, run.runId);
    const outages = watchWebsiteOutages(page);
    await use({ page, mailbox, sms, calls, mailSender, notebook, target, shopper, website, ledger, runId: run.runId, origins, http, api, spending });
    // A failure on a page the company's website never served is the company's outage, not drift.
    const outage = outages.outage();
    if (outage) await notebook.explainFailure(websiteUnavailable(target.name, outage));
    await attachMaskedFailureScreenshot(page, testInfo, notebook.hasFindings());
  },

  unsubscribe: async ({ parts }, use) => use(new UnsubscribeJourney(parts)),
  rentCar: async ({ parts }, use) => use(new RentCarJourney(parts)),
  payAndGetTicket: async ({ parts }, use) => use(new PayAndGetTicketJourney(parts)),
  enquiryAnswered: async ({ parts }, use) => use(new EnquiryAnsweredJourney(parts)),
  promiseKept: async ({ parts }, use) => use(new PromiseKeptJourney(parts)),
  contactFrequency: async ({ parts }, use) => use(new ContactFrequencyJourney(parts)),
  trackDelivery: async ({ parts }, use) => use(new TrackDeliveryJourney(parts)),
});

export const { Given, When, Then } = createBdd(test);
