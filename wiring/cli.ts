import { parseFaults } from '../demo/faults.ts';
import { main } from '../src/cli/main.ts';

/**
 * The CLI's composition root (bin/mystery-shopper.js): the engine's commands, with the demo
 * company's fault names wired in for `run --demo --faults`. The demo company itself is started by
 * the run's global setup (wiring/global-setup.ts). The journeys' judges and adapters are loaded
 * only by the commands that use them (`run --dry-run` lists the watches each journey may leave,
 * `list` asks each adapter what it can run): every other run starts without them, and the
 * Playwright runs the CLI starts register the judges in their own processes (playwright.config.ts).
 */
process.exitCode = await main(process.argv.slice(2), {
  parseDemoFaults: parseFaults,
  whyJourneyCannotRun: async (journeyId, target) => (await import('../journeys/adapters/journey-pages.ts')).whyJourneyCannotRun(journeyId, target),
  registerJourneys: async () => (await import('../journeys/register-journeys.ts')).registerJourneys(),
});
