import { dryRunPlan } from '../../catalogue/dry-run-plan.ts';
import type { JourneyEntry } from '../../catalogue/journey-catalogue.ts';
import { readMailboxSettings } from '../../channels/channel-settings.ts';
import type { MysteryShopperConfig } from '../../config/schema.ts';
import type { CliWiring } from '../cli-wiring.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { parsedTags } from '../selection.ts';

/**
 * `run --dry-run`: prints the plan of the selected scenarios; no browser, no demo company, nothing
 * sent. The plan lists the watches each journey may leave, from the judges the journeys register.
 */
export async function printDryRun(config: MysteryShopperConfig, targetId: string, catalogue: JourneyEntry[], tags: string | undefined, wiring: CliWiring): Promise<ExitCode> {
  await wiring.registerJourneys?.();
  const selected = selectScenarios(catalogue, tags);
  const plan = dryRunPlan({ targetId, target: config.targets[targetId]!, persona: config.personas.shopper, mailbox: readMailboxSettings(), journeys: selected });
  console.log(plan.join('\n'));
  return EXIT.ok;
}

/** The journeys with the scenarios a tag expression selects, as the run would select them. */
function selectScenarios(catalogue: JourneyEntry[], tags: string | undefined): JourneyEntry[] {
  if (!tags) return catalogue;
  const expression = parsedTags('--tags', tags);
  return catalogue
    .map((journey) => ({ ...journey, scenarios: journey.scenarios.filter((scenario) => expression.evaluate(scenario.tags)) }))
    .filter((journey) => journey.scenarios.length > 0);
}
