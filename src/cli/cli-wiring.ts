import type { TargetConfig } from '../config/schema.ts';

/**
 * What the CLI is handed by its entry (bin/mystery-shopper.js → wiring/cli.ts), rather than
 * importing it: the engine never imports the demo company.
 */
export interface CliWiring {
  /** The demo company's fault names in a list such as --faults or DEMO_FAULTS; throws on a name it does not know. */
  parseDemoFaults?(list: string | undefined): ReadonlySet<string>;
  /** Why a target cannot run a journey (its adapter lacks the part the journey drives), or undefined when it can. */
  whyJourneyCannotRun?(journeyId: string, target: { id: string; config: TargetConfig }): Promise<string | undefined>;
  /**
   * Registers the journeys' watch judges in this process: called by the one command that needs
   * them here (`run --dry-run` lists the watches a journey may leave); the Playwright processes
   * a run starts register them themselves.
   */
  registerJourneys?(): Promise<void>;
}
