// A worker of a run, in a process of its own: tries to pay EUR 10.00 five times against a shared
// spend cap of EUR 60.00 and prints how many payments the spend ledger allowed.
import { money } from '../../src/money/money.ts';
import { SpendLedger } from '../../src/safety/spend-ledger.ts';

const [dataDir, runId, worker] = process.argv.slice(2) as [string, string, string];
const ledger = new SpendLedger(dataDir, runId);
let allowed = 0;
for (let attempt = 1; attempt <= 5; attempt++) {
  const decision = await ledger.reserve(money('EUR', 1000), money('EUR', 6000), `worker ${worker} payment ${attempt}`);
  if (decision.allowed) allowed++;
}
console.log(allowed);
