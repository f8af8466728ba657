// `npm run lab:kauppa -- --relay host:port [--faults a,b]`: Kauppa Oy on its own, for trying the
// generic journeys against it by hand. Its mail goes to the relay you name (e.g. a local Postfix).
import { parseArgs } from 'node:util';
import { KAUPPA_FAULTS, parseFaultList } from './faults.ts';
import { startKauppa } from './kauppa.ts';

const USAGE = `Usage: npm run lab:kauppa -- --relay host:port [--faults a,b] [--web-port n] [--mx-port n] [--campaign-every-ms n] [--answer-delay-ms n]
       npm run lab:kauppa -- --list-faults
Faults can also be named in KAUPPA_FAULTS=a,b. While it runs, type a fault list and Enter to switch faults (empty line: none).`;

const { values } = parseArgs({
  options: {
    relay: { type: 'string' },
    faults: { type: 'string' },
    'web-port': { type: 'string', default: '0' },
    'mx-port': { type: 'string', default: '0' },
    'campaign-every-ms': { type: 'string', default: '2000' },
    'answer-delay-ms': { type: 'string', default: '2000' },
    'list-faults': { type: 'boolean', default: false },
  },
});

if (values['list-faults']) {
  for (const fault of KAUPPA_FAULTS) console.log(`${fault.name}\n  ${fault.description}\n  caught by: ${fault.expected.journey}, as ${fault.expected.kinds.join(', ')}\n`);
  process.exit(0);
}
const relay = /^\[?([^\]]+?)\]?:(\d+)$/.exec(values.relay ?? '');
if (!relay) {
  console.error(`--relay host:port is required\n${USAGE}`);
  process.exit(2);
}

try {
  const kauppa = await startKauppa({
    relay: { host: relay[1]!, port: Number(relay[2]) },
    faults: parseFaultList(values.faults ?? process.env.KAUPPA_FAULTS),
    webPort: Number(values['web-port']),
    mxPort: Number(values['mx-port']),
    campaignEveryMs: Number(values['campaign-every-ms']),
    answerDelayMs: Number(values['answer-delay-ms']),
  });
  console.log(`Kauppa Oy is open at ${kauppa.webUrl}`);
  console.log(`Its MX for ${kauppa.domain} listens on ${kauppa.mx.host}:${kauppa.mx.port}; it sends through ${relay[1]}:${relay[2]}`);
  console.log(`Faults: ${kauppa.faults.list().join(', ') || 'none'}`);
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (line: string) => {
    try {
      kauppa.faults.set(parseFaultList(line));
      console.log(`Faults now: ${kauppa.faults.list().join(', ') || 'none'}`);
    } catch (error) {
      console.error((error as Error).message);
    }
  });
  const shutDown = () => void kauppa.stop().then(() => process.exit(0));
  process.once('SIGINT', shutDown);
  process.once('SIGTERM', shutDown);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
