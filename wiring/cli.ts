import { parseFaults } from '../demo/faults.ts';
import { whyJourneyCannotRun } from '../journeys/adapters/journey-pages.ts';
import { registerJourneys } from '../journeys/register-journeys.ts';
import { main } from '../src/cli/main.ts';

/**
 * The CLI's composition root (bin/mystery-shopper.js): the engine's commands, with the demo
 * company's fault names wired in for `run --demo --faults`. The demo company itself is started by
 * the run's global setup (wiring/global-setup.ts). The journeys register their watch judges
 * here, before any command runs (`run --dry-run` lists the watches each journey may leave); the
 * Playwright runs the CLI starts register them in their own processes (playwright.config.ts).
 */
registerJourneys();
process.exitCode = await main(process.argv.slice(2), { parseDemoFaults: parseFaults, whyJourneyCannotRun });
