import { parseFaults } from '../demo/faults.ts';
import { main } from '../src/cli/main.ts';

/**
 * The CLI's composition root (bin/mystery-shopper.js): the engine's commands, with the demo
 * company's fault names wired in for `run --demo --faults`. The demo company itself is started by
 * the run's global setup (wiring/global-setup.ts).
 */
process.exitCode = await main(process.argv.slice(2), { parseDemoFaults: parseFaults });
