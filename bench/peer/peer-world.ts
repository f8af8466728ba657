import { After, Before, setWorldConstructor, World, type ITestCaseHookParameter } from '@cucumber/cucumber';
import type { BrowserContext, TestInfo } from '@playwright/test';
import { companyAdapter } from '../../journeys/adapters/index.ts';
import type { JourneyParts } from '../../journeys/journey-parts.ts';
import { PayAndGetTicketJourney } from '../../journeys/pay-and-get-ticket/pay-and-get-ticket-journey.ts';
import { shopperForScenario } from '../../journeys/shopper.ts';
import { UnsubscribeJourney } from '../../journeys/unsubscribe/unsubscribe-journey.ts';
import { openPaymentLedger } from '../../src/channels/api/open-ledger.ts';
import { Notebook } from '../../src/findings/notebook.ts';
import { OriginPolicy } from '../../src/safety/origin-policy.ts';
import { workerRateLimiter } from '../../src/safety/rate-limiter.ts';
import { SpendLedger } from '../../src/safety/spend-ledger.ts';
import { targetHttp } from '../../src/safety/target-http.ts';
import { peerLab } from './peer-lab.ts';

/** One scenario of the classic stack: a fresh browser context and the project's own journey actions. */
export class PeerWorld extends World {
  context!: BrowserContext;
  notebook!: Notebook;
  unsubscribe!: UnsubscribeJourney;
  payAndGetTicket!: PayAndGetTicketJourney;
}

setWorldConstructor(PeerWorld);

Before(async function (this: PeerWorld, { pickle, testCaseStartedId }: ITestCaseHookParameter) {
  const { run, target, persona, channels, browser } = peerLab();
  this.context = await browser.newContext();
  const page = await this.context.newPage();
  this.notebook = new Notebook(cucumberTestInfo(this, pickle.name));
  const origins = new OriginPolicy(target.id, target.allowedOrigins);
  const http = targetHttp(origins, workerRateLimiter(target.rate, 1));
  const parts: JourneyParts = {
    page,
    mailbox: channels.mailbox,
    sms: channels.sms,
    mailSender: channels.mailSender,
    notebook: this.notebook,
    target,
    shopper: shopperForScenario(persona, channels, run.runId, testCaseStartedId, 0),
    website: () => companyAdapter(target),
    ledger: () => openPaymentLedger(target.payment?.ledger, target.id, http),
    runId: run.runId,
    origins,
    http,
    spending: new SpendLedger(run.dataDir, run.runId),
  };
  this.unsubscribe = new UnsubscribeJourney(parts);
  this.payAndGetTicket = new PayAndGetTicketJourney(parts);
});

After(async function (this: PeerWorld) {
  await this.context.close();
  this.notebook.failOnFindings();
});

/** The little of Playwright's TestInfo the Notebook uses, answered by cucumber-js: attachments go into its report. */
function cucumberTestInfo(world: World, scenario: string): TestInfo {
  const info = {
    status: 'passed',
    annotations: [] as Array<{ type: string; description?: string }>,
    titlePath: ['', scenario],
    attach: async (_name: string, { body, contentType }: { body: string | Buffer; contentType: string }) => world.attach(Buffer.from(body), contentType),
    skip: (_condition: boolean, reason: string) => {
      throw new Error(`not run: ${reason}`);
    },
  };
  return info as unknown as TestInfo;
}
