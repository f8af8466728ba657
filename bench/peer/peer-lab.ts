import { AfterAll, BeforeAll, setDefaultTimeout } from '@cucumber/cucumber';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../src/channels/web/chromium.ts';
import { loadConfig, selectTarget } from '../../src/config/load-config.ts';
import type { Persona, TargetConfig } from '../../src/config/schema.ts';
import globalSetup from '../../wiring/global-setup.ts';
import { openShopperChannels, type ShopperChannels } from '../../src/runtime/open-channels.ts';
import { currentRunEnvironment, type RunEnvironment } from '../../src/runtime/run-environment.ts';
import { PollingMailbox } from '../support/polling-mailbox.ts';
import { PollingSmsInbox } from '../support/polling-sms-inbox.ts';

/**
 * What every scenario of one cucumber-js worker shares: the demo company's address and test
 * settings, the shopper's mailbox and phone, one browser. The classic stack reads these the way
 * a team's own test setup would; it uses none of the harness's journeys.
 */
export interface PeerLab {
  run: RunEnvironment;
  webUrl: string;
  /** The demo company's settings: its waits (grace periods, SLAs), contact cap and test card. */
  settings: TargetConfig;
  persona: Persona;
  channels: ShopperChannels;
  browser: Browser;
}

let lab: PeerLab | undefined;
let stopServers: (() => Promise<void>) | undefined;

// Journeys wait for mail for seconds; cucumber-js's default step timeout is 5 s.
setDefaultTimeout(5 * 60_000);

/** The same demo company and local mailbox our runner starts (its global setup), and a Chromium. */
BeforeAll(async function () {
  stopServers = await globalSetup();
  const config = await loadConfig();
  const run = currentRunEnvironment();
  if (!run.target.webUrl) throw new Error('the demo company has no web address');
  const channels = await openShopperChannels(run, config.personas.shopper);
  lab = {
    run,
    webUrl: run.target.webUrl,
    settings: selectTarget(config, run.target.id).target,
    persona: config.personas.shopper,
    // The classic stack looks into the mailbox and the phone once a second instead of being woken.
    channels: { ...channels, mailbox: new PollingMailbox(channels.mailbox), sms: new PollingSmsInbox(channels.sms) },
    browser: await chromium.launch({ executablePath: resolveChromiumPath(), args: CHROMIUM_ARGS }),
  };
});

AfterAll(async function () {
  await lab?.browser.close();
  await lab?.channels.close();
  await stopServers?.();
});

export function peerLab(): PeerLab {
  if (!lab) throw new Error('the peer lab is not started (BeforeAll)');
  return lab;
}
