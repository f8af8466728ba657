import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../../tests/support/run-cli.ts';

/** The folder of generated feature files, inside the checkout (git-ignored) so that bddgen's paths stay relative. */
const SCRATCH = path.join(ROOT, 'bench', '.scratch');

/**
 * A features folder holding one journey of `scenarios` quick scenarios (bench/steps/), tagged for
 * the schedule `schedule`, and the environment that points a run at it.
 */
export async function generateQuickJourney(name: string, scenarios: number, schedule = 'bench'): Promise<NodeJS.ProcessEnv> {
  const dir = path.join(SCRATCH, name);
  await mkdir(dir, { recursive: true });
  const examples = Array.from({ length: scenarios }, (_, index) => `      | ${index + 1} |`).join('\n');
  await writeFile(
    path.join(dir, 'home-page.feature'),
    `@journey:home-page @channel:web @owner:bench @severity:low @schedule:${schedule}
Feature: Look at the shop

  Scenario Outline: Look at the home page, visit <visit>
    Given I open the shop's home page

    Examples:
      | visit |
${examples}
`,
  );
  return { MYSTERY_SHOPPER_FEATURES: path.relative(ROOT, dir), MYSTERY_SHOPPER_STEPS: 'steps/fixtures.ts,bench/steps/*.ts' };
}
