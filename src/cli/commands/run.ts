import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { JourneyEntry } from '../../catalogue/journey-catalogue.ts';
import { checkChannelSettings } from '../../channels/channel-settings.ts';
import { ConfigError } from '../../config/config-error.ts';
import { loadConfig, selectTarget } from '../../config/load-config.ts';
import type { MysteryShopperConfig } from '../../config/schema.ts';
import { allureWanted, pdfWanted } from '../../reports/optional-reports.ts';
import { generatedTests } from '../../runtime/generated-tests.ts';
import { checkShopperLogin } from '../../runtime/check-shopper-login.ts';
import { dataDir, featuresDir, reportsDir } from '../../runtime/paths.ts';
import { retriesFor } from '../../runtime/retries.ts';
import { newRunId } from '../../runtime/run-id.ts';
import type { CliWiring } from '../cli-wiring.ts';
import { BDDGEN_CLI, PLAYWRIGHT_CLI, runNodeCli } from '../child-process.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { shardOf, type Shard } from '../../runtime/shard.ts';
import { lastReportNote } from '../last-report-note.ts';
import { parseOptions } from '../parse-options.ts';
import { checkSelection, findJourney, grepOption, parsedTags } from '../selection.ts';
import { checkedFeatures } from '../../authoring/checked-features.ts';
import type { UnrunnableFeature } from '../../authoring/unrunnable-features.ts';
import { leftOutFeaturesEnv } from '../../runtime/left-out-features.ts';

export const RUN_USAGE = `mystery-shopper run [options] [-- playwright options]
  Runs the journeys once and writes every report.
  --journey <id>     only this journey (repeatable); see "mystery-shopper list"
  --tags <expr>      a Cucumber tag expression, e.g. "@channel:email and not @severity:low"
  --target <id>      audit this target from mystery-shopper.config.ts (default: its defaultTarget)
  --demo             audit the built-in demo company
  --faults <a,b>     switch on demo faults (implies --demo); see "npm run demo -- --list-faults"
  --dry-run          print what each selected journey would do, where it would go, whether it
                     would pay and which mailbox it would read; starts, opens and sends nothing
  --workers <n|50%>  scenarios side by side (default: MYSTERY_SHOPPER_WORKERS, else one per core)
  --retries <n>      retries of a failed scenario (default: MYSTERY_SHOPPER_RETRIES, else 0 against
                     the demo company and 1 against a real one)
  --grep <regexp>    only the scenarios whose journey or scenario name matches
  --headed           show the browser
  --no-pdf           leave out the experience report's PDF (a quicker run; JSON and HTML are written)
  --no-allure        leave out Allure's results and HTML report (a quicker run)
  --shard <i/n>      run the i-th of n shards (e.g. 1/2) and write only its blob report to
                     reports/blob; "mystery-shopper merge" makes every report from the shards
  Anything after "--" goes to "playwright test", e.g. -- --ui.
  A selection that matches no scenario is an error (exit 2): the last report is left as it was.
  Examples:
    mystery-shopper run --demo --faults double-charge-on-retry --journey pay-and-get-ticket
    mystery-shopper run --target acme --tags "@schedule:daily and not @channel:sms" --workers 2`;

export async function runCommand(args: string[], wiring: CliWiring = {}): Promise<ExitCode> {
  const { values, positionals } = parseOptions(
    'run',
    args,
    {
      journey: { type: 'string', multiple: true },
      tags: { type: 'string' },
      target: { type: 'string' },
      demo: { type: 'boolean', default: false },
      faults: { type: 'string' },
      headed: { type: 'boolean', default: false },
      'no-pdf': { type: 'boolean', default: false },
      'no-allure': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      shard: { type: 'string' },
      workers: { type: 'string' },
      retries: { type: 'string' },
      grep: { type: 'string' },
    },
    true,
  );
  const shard = shardOf(values.shard ?? process.env.MYSTERY_SHOPPER_SHARD, '--shard');
  const config = await loadConfig();
  const faults = [...parseFaultsOption(wiring, values.faults ?? process.env.DEMO_FAULTS, values.faults !== undefined ? '--faults' : 'DEMO_FAULTS')];
  const demo = values.demo || faults.length > 0;
  if (demo && values.target !== undefined) {
    throw new ConfigError(`--target ${values.target} with ${values.demo ? '--demo' : values.faults !== undefined ? '--faults' : 'DEMO_FAULTS'}: the demo company is a target of its own; choose one`);
  }
  const { id, target } = selectTarget(config, demo ? demoTargetId(config) : values.target, values.target !== undefined ? '--target' : undefined);
  const retries = values.retries !== undefined ? retriesOption(values.retries) : retriesFor(target);
  const workers = values.workers !== undefined ? workersOption(values.workers) : undefined;
  // A feature that cannot run (bad Gherkin, an undefined step) is left out, not the whole audit.
  const { unrunnable, catalogue } = await checkedFeatures(featuresDir());
  const tags = tagExpression([...catalogue, ...unrunnable.map(asEntry)], values.journey ?? [], values.tags);
  const leftOut = unrunnable.filter((feature) => selects(feature, values.journey ?? [], values.tags, values.grep));
  for (const feature of leftOut) console.error(`Left out of this run (needs maintenance): ${feature.problems.join('\n')}`);
  // Nothing selected would be an empty report that passes: a typo in a schedule's tag would stay green.
  if (leftOut.length > 0 && !selectsAny(catalogue, tags, values.grep)) {
    console.error(await lastReportNote('the run stopped before any scenario: every journey it selects has a feature file that cannot run'));
    return EXIT.harnessError;
  }
  checkSelection(catalogue, { journeys: values.journey ?? [], tags: values.tags, combined: tags, grep: values.grep });
  // Only the dry run plans: the planner and the journeys' judges are loaded for it alone.
  if (values['dry-run']) return (await import('./dry-run.ts')).printDryRun(config, id, catalogue, tags, wiring);
  checkChannelSettings();
  await checkShopperLogin(dataDir(), config.personas.shopper);

  const allure = !values['no-allure'] && allureWanted(config.reports);
  // A scheduler that starts the run may name it, to find its report afterwards.
  const runId = process.env.MYSTERY_SHOPPER_RUN_ID || newRunId();
  const env = {
    ...process.env,
    MYSTERY_SHOPPER_TARGET: id,
    MYSTERY_SHOPPER_RUN_ID: runId,
    DEMO_FAULTS: faults.join(','),
    MYSTERY_SHOPPER_RETRIES: String(retries),
    ...leftOutFeaturesEnv(leftOut),
    ...(workers ? { MYSTERY_SHOPPER_WORKERS: workers } : {}),
    ...(shard ? { MYSTERY_SHOPPER_SHARD: `${shard.current}/${shard.total}` } : {}),
    MYSTERY_SHOPPER_PDF: String(!values['no-pdf'] && pdfWanted(config.reports)),
    MYSTERY_SHOPPER_ALLURE: String(allure),
  };
  // Allure left out: an earlier run's Allure report would pass for this one's.
  if (!allure) await removeAllureReports();
  const generated = await generatedTests(tags, (folder) => runNodeCli(BDDGEN_CLI, ['test', ...(tags ? ['--tags', tags] : [])], { ...env, MYSTERY_SHOPPER_GENERATED_TESTS: folder }));
  if (!generated) {
    // bddgen has printed the feature file and line.
    console.error(await lastReportNote('the run stopped before any scenario'));
    return EXIT.harnessError;
  }
  const grep = values.grep !== undefined ? ['--grep', values.grep] : [];
  await runNodeCli(PLAYWRIGHT_CLI, ['test', ...(values.headed ? ['--headed'] : []), ...grep, ...positionals], { ...env, MYSTERY_SHOPPER_GENERATED_TESTS: generated });
  // The report's reader is loaded once the run is over: nothing before the spawn needs it.
  return shard ? shardWritten(shard) : (await import('../run-exit-code.ts')).exitCodeOfRun(runId);
}

async function removeAllureReports(): Promise<void> {
  await Promise.all(['allure', 'allure-results'].map((folder) => rm(path.join(reportsDir(), folder), { recursive: true, force: true })));
}

/** A shard's exit code is known only once the shards are merged: here, only whether its blob was written. */
function shardWritten(shard: Shard): ExitCode {
  const blob = path.join(reportsDir(), 'blob', `report-${shard.current}-of-${shard.total}.zip`);
  if (!existsSync(blob)) {
    console.error(`Harness error: shard ${shard.current}/${shard.total} wrote no blob report (${blob}); see the output above`);
    return EXIT.harnessError;
  }
  console.log(`Shard ${shard.current}/${shard.total}: ${path.relative(process.cwd(), blob)}; the experience report is made by "mystery-shopper merge" once every shard is done`);
  return EXIT.ok;
}

function parseFaultsOption(wiring: CliWiring, list: string | undefined, source: string): ReadonlySet<string> {
  if (!wiring.parseDemoFaults) {
    if ((list ?? '').trim() !== '') throw new ConfigError('--faults/DEMO_FAULTS: no demo company is wired into this CLI');
    return new Set();
  }
  try {
    return wiring.parseDemoFaults(list);
  } catch (error) {
    // The demo names both places a list can come from; the run knows which one it was.
    throw new ConfigError((error as Error).message.replace('DEMO_FAULTS/--faults', source));
  }
}

function demoTargetId(config: MysteryShopperConfig): string {
  const id = Object.keys(config.targets).find((name) => config.targets[name]!.demo);
  if (!id) throw new ConfigError('--demo/--faults: no target in mystery-shopper.config.ts has demo: true');
  return id;
}

/** Whether the run's selection takes in a journey it left out (to report it needs maintenance). */
function selects(feature: UnrunnableFeature, journeyIds: string[], tags: string | undefined, grep: string | undefined): boolean {
  if (journeyIds.length > 0 && !journeyIds.includes(feature.journeyId)) return false;
  if (tags !== undefined && !parsedTags('--tags', tags).evaluate(feature.tags)) return false;
  return grep === undefined || grepOption(grep).test(`${feature.file} ${feature.journeyName}`);
}

function selectsAny(catalogue: JourneyEntry[], tags: string | undefined, grep: string | undefined): boolean {
  try {
    checkSelection(catalogue, { journeys: [], combined: tags, grep });
    return true;
  } catch {
    return false;
  }
}

/** A left-out journey, as the catalogue would list it: so that --journey may name it. */
function asEntry(feature: UnrunnableFeature): JourneyEntry {
  return { id: feature.journeyId, name: feature.journeyName, file: feature.file, channels: feature.channels, schedules: [], pays: false, scenarios: [] };
}

function retriesOption(text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new ConfigError(`--retries: "${text}" is not a whole number of retries (e.g. 0 or 1)`);
  return Number(text);
}

/** Playwright's own forms: a number of workers, or a share of the cores ("50%"). */
function workersOption(text: string): string {
  if (!/^([1-9]\d*|([1-9]\d?|100)%)$/.test(text.trim())) throw new ConfigError(`--workers: "${text}" is not a number of workers (e.g. 2) or a share of the cores (e.g. 50%)`);
  return text.trim();
}

function tagExpression(catalogue: JourneyEntry[], journeyIds: string[], tags: string | undefined): string | undefined {
  journeyIds.forEach((id) => findJourney(catalogue, id));
  const journeys = journeyIds.map((id) => `@journey:${id}`).join(' or ');
  const parts = [journeys, tags].filter(Boolean).map((part) => `(${part})`);
  return parts.length > 0 ? parts.join(' and ') : undefined;
}
