// `npm run demo`: runs Demo Shop on its own, for trying journeys against it by hand.
import { parseArgs } from 'node:util';
import { startDemoCompany } from './company.ts';
import { DEMO_FAULTS, parseFaults, type FaultSet } from './faults.ts';

interface CliOptions {
  listFaults: boolean;
  faults: FaultSet;
  mailRelay: { host: string; port: number };
  webPort: number;
  smtpPort: number;
}

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
    for (const fault of DEMO_FAULTS) {
      console.log(`${fault.name}\n  seed story: ${fault.seedStory}\n  effect:     ${fault.effect}\n`);
    }
    return;
  }
  const company = await startDemoCompany({
    faults: options.faults,
    mailRelay: options.mailRelay,
    webPort: options.webPort,
    smtpPort: options.smtpPort,
  });
  console.log(`Demo Shop is open at ${company.webUrl}`);
  console.log(`Its mail server (MX for ${company.mailDomain}) listens on ${company.smtp.host}, SMTP port ${company.smtp.port}`);
  console.log(`Its outgoing mail is sent to the relay at ${options.mailRelay.host}:${options.mailRelay.port}`);
  console.log(`Faults switched on: ${options.faults.size === 0 ? 'none' : [...options.faults].join(', ')}`);
  console.log('Press Ctrl+C to stop.');

  const shutDown = (): void => {
    company.stop().then(
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

function readOptions(args: string[]): CliOptions {
  try {
    const { values } = parseArgs({
      args,
      options: {
        'list-faults': { type: 'boolean', default: false },
        faults: { type: 'string' },
        'mail-relay': { type: 'string', default: '127.0.0.1:2525' },
        'web-port': { type: 'string', default: '0' },
        'smtp-port': { type: 'string', default: '0' },
      },
    });
    return {
      listFaults: values['list-faults'],
      faults: parseFaults(values.faults ?? process.env.DEMO_FAULTS),
      mailRelay: parseHostPort(values['mail-relay']),
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
