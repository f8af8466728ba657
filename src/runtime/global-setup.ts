import path from 'node:path';
import { startDemoCompany, type DemoCompany } from '../../demo/company.ts';
import { parseFaults } from '../../demo/faults.ts';
import { startLocalMailServer, domainOf } from '../channels/mailbox/local-mail-server.ts';
import type { MailRoutes } from '../channels/mailbox/onward-delivery.ts';
import { startLocalPhoneNetwork } from '../channels/sms/local-phone-network.ts';
import { loadConfig, selectTarget } from '../config/load-config.ts';
import { ConfigError } from '../config/config-error.ts';
import { readPendingVerdicts } from '../findings/pending-verdicts.ts';
import { judgeDueWatches } from '../verdicts/judge-due-watches.ts';
import { allowedOriginsOf } from './audit-target.ts';
import { readDemoLabSettings } from './demo-lab-settings.ts';
import { dataDir } from './paths.ts';
import { newRunId } from './run-id.ts';
import { openShopperChannels } from './open-channels.ts';
import { publishRunEnvironment, type RunEnvironment } from './run-environment.ts';

/**
 * Playwright global setup: starts what the run needs once (the personas' local mailbox and phone
 * network, and the demo company when it is the target), judges the verdicts earlier runs left
 * pending that are now due, and hands all of it to the workers and reporters.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const config = await loadConfig();
  const { id, target } = selectTarget(config);
  const faults = [...parseFaults(process.env.DEMO_FAULTS)];
  if (faults.length > 0 && !target.demo) throw new ConfigError(`DEMO_FAULTS is set but target "${id}" is not the demo company`);

  const routes: MailRoutes = {};
  const storeDir = path.join(dataDir(), 'mailbox');
  const smsStoreDir = path.join(dataDir(), 'sms');
  const mailServer = await startLocalMailServer({ storeDir, localDomains: [domainOf(config.personas.shopper.email)], routes });
  const phoneNetwork = await startLocalPhoneNetwork({ storeDir: smsStoreDir });
  const stopChannels = () => Promise.all([mailServer.stop(), phoneNetwork.stop()]);
  let company: DemoCompany | undefined;
  try {
    if (target.demo) {
      const lab = readDemoLabSettings();
      company = await startDemoCompany({
        faults: new Set(faults),
        // The demo's mail goes to the persona's provider: the local mailbox, or a real one in a lab.
        mailRelay: lab.mailRelay ?? { host: mailServer.host, port: mailServer.port },
        smsGateway: phoneNetwork.url,
        ...(lab.smtpPort ? { smtpPort: lab.smtpPort } : {}),
      });
      routes[company.mailDomain] = company.smtp;
    }
    const webUrl = company?.webUrl ?? target.webUrl;
    const run: RunEnvironment = {
      runId: process.env.MYSTERY_SHOPPER_RUN_ID || newRunId(),
      startedAt: new Date().toISOString(),
      target: { id, name: target.name, webUrl, allowedOrigins: allowedOriginsOf(target, webUrl) },
      faults,
      dataDir: dataDir(),
      mailbox: { kind: 'local', storeDir, smtp: { host: mailServer.host, port: mailServer.port } },
      sms: { kind: 'local', storeDir: smsStoreDir, gatewayUrl: phoneNetwork.url },
      ...(company ? { paymentLedger: { url: company.paymentGateway.url, apiKey: company.paymentGateway.ledgerKey } } : {}),
    };
    const now = new Date();
    const due = (await readPendingVerdicts(path.join(run.dataDir, 'pending-verdicts'))).filter((watch) => Date.parse(watch.dueAt) <= now.getTime());
    const judgements = await judgeDueWatches(due, { companyName: target.name, now, openChannels: () => openShopperChannels(run, config.personas.shopper) });
    const resolvedVerdicts = judgements.map((judgement) => judgement.verdict);
    publishRunEnvironment({ ...run, ...(resolvedVerdicts.length > 0 ? { resolvedVerdicts } : {}) });
  } catch (error) {
    await company?.stop();
    await stopChannels();
    throw error;
  }

  return async () => {
    await company?.stop();
    await stopChannels();
  };
}
