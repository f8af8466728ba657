import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseFaults } from '../../../demo/faults.ts';
import { findJourney, readJourneyCatalogue } from '../../catalogue/journey-catalogue.ts';
import { ConfigError } from '../../config/config-error.ts';
import { loadConfig, selectTarget } from '../../config/load-config.ts';
import type { MysteryShopperConfig } from '../../config/schema.ts';
import type { ExperienceReport } from '../../reports/experience-report.ts';
import { reportsDir } from '../../runtime/paths.ts';
import { newRunId } from '../../runtime/run-id.ts';
import { BDDGEN_CLI, PLAYWRIGHT_CLI, runNodeCli } from '../child-process.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { exitCodeOf } from '../report-exit-code.ts';

export const RUN_USAGE = `mystery-shopper run [options] [-- playwright options]
  Runs the journeys once and writes every report.
  --journey <id>     only this journey (repeatable); see "mystery-shopper list"
  --tags <expr>      a Cucumber tag expression, e.g. "@channel:email and not @severity:low"
  --target <id>      audit this target from mystery-shopper.config.ts (default: its defaultTarget)
  --demo             audit the built-in demo company
  --faults <a,b>     switch on demo faults (implies --demo); see "npm run demo -- --list-faults"
  --headed           show the browser
  Anything after "--" goes to "playwright test", e.g. -- --ui, -- --grep "one click".`;

export async function runCommand(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      journey: { type: 'string', multiple: true },
      tags: { type: 'string' },
      target: { type: 'string' },
      demo: { type: 'boolean', default: false },
      faults: { type: 'string' },
      headed: { type: 'boolean', default: false },
    },
  });
  const config = await loadConfig();
  const faults = [...parseFaultsOption(values.faults ?? process.env.DEMO_FAULTS)];
  const targetId = values.demo || faults.length > 0 ? demoTargetId(config) : values.target;
  const { id } = selectTarget(config, targetId);
  const tags = await tagExpression(values.journey ?? [], values.tags);

  // A scheduler that starts the run may name it, to find its report afterwards.
  const runId = process.env.MYSTERY_SHOPPER_RUN_ID || newRunId();
  const env = {
    ...process.env,
    MYSTERY_SHOPPER_TARGET: id,
    MYSTERY_SHOPPER_RUN_ID: runId,
    DEMO_FAULTS: faults.join(','),
  };
  const generated = await runNodeCli(BDDGEN_CLI, ['test', ...(tags ? ['--tags', tags] : [])], env);
  if (generated !== 0) return EXIT.harnessError; // bddgen has printed the feature file and line
  await runNodeCli(PLAYWRIGHT_CLI, ['test', ...(values.headed ? ['--headed'] : []), ...positionals], env);
  return verdict(runId);
}

/** Reads the experience report of this run and turns it into the exit code. */
async function verdict(runId: string): Promise<ExitCode> {
  const file = path.join(reportsDir(), 'experience', 'report.json');
  let report: ExperienceReport;
  try {
    report = JSON.parse(await readFile(file, 'utf8')) as ExperienceReport;
  } catch {
    console.error(`Harness error: the run wrote no experience report (${file}); see the output above`);
    return EXIT.harnessError;
  }
  if (report.runId !== runId) {
    console.error(`Harness error: ${file} is from run ${report.runId}, not this run (${runId})`);
    return EXIT.harnessError;
  }
  return exitCodeOf(report);
}

function parseFaultsOption(list: string | undefined): ReadonlySet<string> {
  try {
    return parseFaults(list);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function demoTargetId(config: MysteryShopperConfig): string {
  const id = Object.keys(config.targets).find((name) => config.targets[name]!.demo);
  if (!id) throw new ConfigError('--demo/--faults: no target in mystery-shopper.config.ts has demo: true');
  return id;
}

async function tagExpression(journeyIds: string[], tags: string | undefined): Promise<string | undefined> {
  // Reading the catalogue also checks every feature file, so bad Gherkin is named before anything starts.
  const catalogue = await readJourneyCatalogue();
  journeyIds.forEach((id) => findJourney(catalogue, id));
  const journeys = journeyIds.map((id) => `@journey:${id}`).join(' or ');
  const parts = [journeys, tags].filter(Boolean).map((part) => `(${part})`);
  return parts.length > 0 ? parts.join(' and ') : undefined;
}
