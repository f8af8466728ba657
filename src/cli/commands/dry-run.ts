import parseTagExpression from '@cucumber/tag-expressions';
import { dryRunPlan } from '../../catalogue/dry-run-plan.ts';
import type { JourneyEntry } from '../../catalogue/journey-catalogue.ts';
import { readMailboxSettings } from '../../channels/channel-settings.ts';
import { ConfigError } from '../../config/config-error.ts';
import type { MysteryShopperConfig } from '../../config/schema.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';

/** `run --dry-run`: prints the plan of the selected scenarios; no browser, no demo company, nothing sent. */
export function printDryRun(config: MysteryShopperConfig, targetId: string, catalogue: JourneyEntry[], tags: string | undefined): ExitCode {
  const selected = selectScenarios(catalogue, tags);
  const plan = dryRunPlan({ targetId, target: config.targets[targetId]!, persona: config.personas.shopper, mailbox: readMailboxSettings(), journeys: selected });
  console.log(plan.join('\n'));
  return EXIT.ok;
}

/** The journeys with the scenarios a tag expression selects, as the run would select them. */
function selectScenarios(catalogue: JourneyEntry[], tags: string | undefined): JourneyEntry[] {
  if (!tags) return catalogue;
  const expression = parsed(tags);
  return catalogue
    .map((journey) => ({ ...journey, scenarios: journey.scenarios.filter((scenario) => expression.evaluate(scenario.tags)) }))
    .filter((journey) => journey.scenarios.length > 0);
}

function parsed(tags: string): ReturnType<typeof parseTagExpression> {
  try {
    return parseTagExpression(tags);
  } catch (error) {
    throw new ConfigError(`--tags: ${(error as Error).message}`);
  }
}
