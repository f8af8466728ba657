import { rm } from 'node:fs/promises';
import { startLocalMailServer, domainOf } from '../channels/email/local-mail-server.ts';
import type { MailRoutes } from '../channels/email/onward-delivery.ts';
import { readTwilioPhoneSettings } from '../channels/phone/phone-settings.ts';
import { startTwilioVoiceWebhook } from '../channels/phone/twilio-voice-webhook.ts';
import { startLocalPhoneNetwork } from '../channels/sms/local-phone-network.ts';
import { loadConfig, selectTarget } from '../config/load-config.ts';
import { ConfigError } from '../config/config-error.ts';
import { allowedOriginsOf } from './audit-target.ts';
import type { DemoCompanyWiring, RunningDemoCompany } from './demo-company.ts';
import { readDemoLabSettings } from './demo-lab-settings.ts';
import { localMailboxPort } from './local-mailbox-port.ts';
import { localCallsDir, localMailboxDir, localSmsDir } from './open-channels.ts';
import { newEndOfRunWaits, waitForEndOfRunWatches } from './end-of-run-waits.ts';
import { dataDir } from './paths.ts';
import { newRunId } from './run-id.ts';
import { publishRunEnvironment, type RunEnvironment } from './run-environment.ts';

/**
 * Playwright global setup (wired in by wiring/global-setup.ts): starts what the run needs once (the
 * personas' local mailbox and phone network, and the demo company when it is the target), and hands
 * all of it to the workers and reporters. The demo company comes in as `demo`; the engine never
 * imports it. Watches earlier runs left are judged when the run is reported (experience-reporter.ts),
 * so that a sharded run judges them once, when its shards are merged.
 */
export async function setUpRun(demo: DemoCompanyWiring | undefined, { sharded = false } = {}): Promise<() => Promise<void>> {
  const config = await loadConfig();
  const { id, target } = selectTarget(config);
  const faults = [...faultsOf(demo, process.env.DEMO_FAULTS)];
  if (faults.length > 0 && !target.demo) throw new ConfigError(`DEMO_FAULTS is set but target "${id}" is not the demo company`);
  if (target.demo && !demo) throw new ConfigError(`Target "${id}" is the demo company, but no demo company is wired into this run`);

  const routes: MailRoutes = {};
  const storeDir = localMailboxDir(dataDir());
  const smsStoreDir = localSmsDir(dataDir());
  const port = localMailboxPort();
  const mailServer = await startLocalMailServer({ storeDir, localDomains: [domainOf(config.personas.shopper.email)], routes, ...(port ? { port } : {}) });
  const phoneNetwork = await startLocalPhoneNetwork({ storeDir: smsStoreDir, callStoreDir: localCallsDir(dataDir()) });
  // A real number's calls reach the run through Twilio's webhook, when .env gives one.
  const twilio = readTwilioPhoneSettings();
  const realNumber = twilio
    ? await startTwilioVoiceWebhook({ ...twilio, storeDir: localCallsDir(dataDir()), host: '0.0.0.0' }).catch(async (error: unknown) => {
        await Promise.all([mailServer.stop(), phoneNetwork.stop()]);
        throw error;
      })
    : undefined;
  const stopChannels = () => Promise.all([mailServer.stop(), phoneNetwork.stop(), realNumber?.stop()]);
  let company: RunningDemoCompany | undefined;
  // A shard's checks are judged in the shard: the shards' merge may run where their mailboxes are not.
  const endOfRunWaits = sharded ? undefined : await newEndOfRunWaits();
  try {
    if (target.demo && demo) {
      const lab = readDemoLabSettings();
      company = await demo.start({
        faults: new Set(faults),
        // The demo's mail goes to the persona's provider: the local mailbox, or a real one in a lab.
        mailRelay: lab.mailRelay ?? { host: mailServer.host, port: mailServer.port },
        smsGateway: phoneNetwork.url,
        ...(lab.smtpPort ? { smtpPort: lab.smtpPort } : {}),
      });
      routes[company.mailDomain] = company.smtp;
    }
    const webUrl = company?.webUrl ?? target.webUrl;
    const ledgerUrl = company?.paymentLedger.url ?? target.payment?.ledger?.url;
    const run: RunEnvironment = {
      runId: process.env.MYSTERY_SHOPPER_RUN_ID || newRunId(),
      startedAt: new Date().toISOString(),
      target: { id, name: target.name, webUrl, allowedOrigins: allowedOriginsOf(target, webUrl, ledgerUrl) },
      faults,
      dataDir: dataDir(),
      ...(endOfRunWaits ? { endOfRunWaits } : {}),
      mailbox: { kind: 'local', storeDir, smtp: { host: mailServer.host, port: mailServer.port } },
      sms: { kind: 'local', storeDir: smsStoreDir, gatewayUrl: phoneNetwork.url },
      ...(company ? { paymentLedger: company.paymentLedger } : {}),
    };
    publishRunEnvironment(run);
  } catch (error) {
    await company?.stop();
    await stopChannels();
    if (endOfRunWaits) await rm(endOfRunWaits, { recursive: true, force: true });
    throw error;
  }

  return async () => {
    // Watches judged at the end of the run see all that arrives until they are due.
    if (endOfRunWaits) await waitForEndOfRunWatches(endOfRunWaits);
    await company?.stop();
    await stopChannels();
  };
}

/** The demo faults named in DEMO_FAULTS; without a demo company wired in, any name is one it does not know. */
function faultsOf(demo: DemoCompanyWiring | undefined, list: string | undefined): ReadonlySet<string> {
  if (demo) return demo.parseFaults(list);
  if ((list ?? '').trim() !== '') throw new ConfigError('DEMO_FAULTS is set, but no demo company is wired into this run');
  return new Set();
}
