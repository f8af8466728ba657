import path from 'node:path';
import { test as base } from 'playwright-bdd';
import { createBdd } from 'playwright-bdd';
import { companyAdapter } from '../journeys/adapters/index.ts';
import { shopperForScenario, type Shopper } from '../journeys/shopper.ts';
import { UnsubscribeJourney } from '../journeys/unsubscribe/unsubscribe-journey.ts';
import { LocalMailbox } from '../src/channels/mailbox/local-mailbox.ts';
import type { Mailbox } from '../src/channels/mailbox/mailbox.ts';
import { SmtpMailSender } from '../src/channels/mail-sender/smtp-mail-sender.ts';
import { guardOrigins } from '../src/channels/web/origin-guard.ts';
import { loadConfig, selectTarget } from '../src/config/load-config.ts';
import type { MysteryShopperConfig } from '../src/config/schema.ts';
import { Notebook } from '../src/findings/notebook.ts';
import { resolveAuditTarget, type AuditTarget } from '../src/runtime/audit-target.ts';
import { currentRunEnvironment, type RunEnvironment } from '../src/runtime/run-environment.ts';

interface WorkerParts {
  config: MysteryShopperConfig;
  run: RunEnvironment;
  target: AuditTarget;
  mailbox: Mailbox;
  mailSender: SmtpMailSender;
}

interface ScenarioParts {
  shopper: Shopper;
  notebook: Notebook;
  unsubscribe: UnsubscribeJourney;
}

/** Wires the journeys to the channels of this run. One instance per scenario, or per worker. */
export const test = base.extend<ScenarioParts, WorkerParts>({
  config: [async ({}, use) => use(await loadConfig()), { scope: 'worker' }],
  run: [async ({}, use) => use(currentRunEnvironment()), { scope: 'worker' }],
  target: [
    async ({ config, run }, use) => use(resolveAuditTarget(selectTarget(config, run.target.id).target, run)),
    { scope: 'worker' },
  ],
  mailbox: [async ({ run }, use) => use(new LocalMailbox(run.mailbox.storeDir)), { scope: 'worker' }],
  mailSender: [async ({ run }, use) => use(new SmtpMailSender(run.mailbox.smtp)), { scope: 'worker' }],

  context: async ({ context, target }, use) => {
    await guardOrigins(context, target.allowedOrigins);
    await use(context);
  },
  shopper: async ({ config, run }, use, testInfo) => {
    await use(shopperForScenario(config.personas.shopper, run.runId, testInfo.testId, testInfo.retry));
  },
  notebook: async ({ run }, use, testInfo) => {
    await use(new Notebook(testInfo, path.join(run.dataDir, 'pending-verdicts')));
  },
  unsubscribe: async ({ page, mailbox, mailSender, notebook, target, shopper, run }, use) => {
    const adapter = () => companyAdapter(target.adapter, target.id);
    await use(new UnsubscribeJourney({ page, mailbox, mailSender, notebook, target, shopper, adapter, runId: run.runId }));
  },
});

export const { Given, When, Then } = createBdd(test);
