// `npm run demo`: runs Demo Shop on its own, for trying journeys against it by hand, with the
// harness's local mailbox and phone network as the personas' providers. A composition root: the
// demo company knows nothing of the harness, so the two meet here.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalMailServer, type LocalMailServer } from '../src/channels/email/local-mail-server.ts';
import type { MailRoutes } from '../src/channels/email/onward-delivery.ts';
import { startLocalPhoneNetwork } from '../src/channels/sms/local-phone-network.ts';
import { dataDir } from '../src/runtime/paths.ts';
import { startDemoCompany } from '../demo/company.ts';
import { parseFaults, type FaultSet } from '../demo/faults.ts';
import { DEMO_FAULT_MATRIX } from '../tests/support/demo-fault-oracle.ts';

interface CliOptions {
  listFaults: boolean;
  faults: FaultSet;
  /** Unset: the harness's local mailbox is started and receives the shop's mail. */
  mailRelay: { host: string; port: number } | undefined;
  webPort: number;
  smtpPort: number;
}

// Declared before the top-level await below runs main(), which reads it.
const SHOPPER_DOMAIN = 'shopper.test';

const USAGE = `Usage: npm run demo -- [--faults a,b] [--mail-relay host:port] [--web-port n] [--smtp-port n]
       npm run demo -- --list-faults
Faults can also be picked with the environment variable DEMO_FAULTS=a,b.`;

try {
  await main(readOptions(process.argv.slice(2)));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

async function main(options: CliOptions): Promise<void> {
  if (options.listFaults) {
    for (const fault of DEMO_FAULT_MATRIX) {
      console.log(`${fault.name}\n  seed story: ${fault.seedStory}\n  effect:     ${fault.effect}`);
      console.log(`  caught by:  the ${fault.caughtBy.journey} journey, as ${fault.caughtBy.kinds.join(', ')}\n`);
    }
    return;
  }
  const routes: MailRoutes = {};
  const mailbox = options.mailRelay ? undefined : await startLocalMailbox(routes);
  const mailRelay = options.mailRelay ?? { host: mailbox!.host, port: mailbox!.port };
  const phones = await startLocalPhoneNetwork({ storeDir: path.join(dataDir(), 'sms'), callStoreDir: path.join(dataDir(), 'calls') });
  const company = await startDemoCompany({
    faults: options.faults,
    mailRelay,
    smsGateway: phones.url,
    webPort: options.webPort,
    smtpPort: options.smtpPort,
  });
  console.log(`Demo Shop is open at ${company.webUrl}`);
  console.log(`Its mail server (MX for ${company.mailDomain}) listens on ${company.smtp.host}, SMTP port ${company.smtp.port}`);
  routes[company.mailDomain] = company.smtp;
  console.log(`Its payment gateway (a sandbox) is at ${company.paymentGateway.url}; read its ledger with the key ${company.paymentGateway.ledgerKey}`);
  console.log(
    mailbox
      ? `Its mail to @${SHOPPER_DOMAIN} lands in the local mailbox: ${path.relative(process.cwd(), mailboxDir())} (one .eml per message)`
      : `Its outgoing mail is sent to the relay at ${mailRelay.host}:${mailRelay.port}`,
  );
  console.log(`Its texts land on the local phone network: ${path.relative(process.cwd(), path.join(dataDir(), 'sms'))} (one .json per text)`);
  console.log(`Its sales calls ring on the local phone network, logged in ${path.relative(process.cwd(), path.join(dataDir(), 'calls'))} (one .json per call)`);
  console.log(`Faults switched on: ${options.faults.size === 0 ? 'none' : [...options.faults].join(', ')}`);
  console.log('Press Ctrl+C to stop.');

  const shutDown = (): void => {
    Promise.all([company.stop(), mailbox?.stop(), phones.stop()]).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Demo Shop did not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutDown);
  process.once('SIGTERM', shutDown);
}

function mailboxDir(): string {
  return path.join(dataDir(), 'mailbox');
}

/** The personas' mail provider, so that sign-ups made by hand receive their mail. */
function startLocalMailbox(routes: MailRoutes): Promise<LocalMailServer> {
  return startLocalMailServer({ storeDir: mailboxDir(), localDomains: [SHOPPER_DOMAIN], routes });
}

function readOptions(args: string[]): CliOptions {
  try {
    const { values } = parseArgs({
      args,
      options: {
        'list-faults': { type: 'boolean', default: false },
        faults: { type: 'string' },
        'mail-relay': { type: 'string' },
        'web-port': { type: 'string', default: '0' },
        'smtp-port': { type: 'string', default: '0' },
      },
    });
    return {
      listFaults: values['list-faults'],
      faults: parseFaults(values.faults ?? process.env.DEMO_FAULTS),
      mailRelay: values['mail-relay'] === undefined ? undefined : parseHostPort(values['mail-relay']),
      webPort: parsePort(values['web-port']),
      smtpPort: parsePort(values['smtp-port']),
    };
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

function parseHostPort(value: string): { host: string; port: number } {
  const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(value);
  if (match === null) throw new Error(`--mail-relay must be host:port, got "${value}"`);
  return { host: match[1] ?? '', port: parsePort(match[2] ?? '') };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port number: "${value}"`);
  return port;
}
