import path from 'node:path';
import type { Benchmark } from './support/benchmark.ts';
import { factor, seconds } from './support/format.ts';
import { timedPlaywrightFloor, type FloorRun } from './support/playwright-floor.ts';
import { readStepTimings, type ScenarioTiming, type StepTimings } from './support/step-timings.ts';
import { expectExit, timedCli, type TimedCliRun } from './support/timed-cli.ts';

/** A one-scenario run may spend at most this much beyond its scenario's own steps. */
const ONE_SCENARIO_GOAL_MS = 2_500;
/** The whole audit may take at most this many times as long as its longest scenario run alone. */
const AUDIT_GOAL = 1.5;
/** The one-scenario run the issue names: a short journey of a single scenario. */
const ONE_SCENARIO = ['--journey', 'track-delivery'];
/** A smoke run audits two short journeys instead of all of them. */
const QUICK_ARGS = ['--journey', 'track-delivery', '--journey', 'rent-car'];

/**
 * What the harness adds to the journeys' own time, as a user runs them (every report written):
 * a one-scenario run's wall time beyond its scenario's Gherkin steps, and the full demo audit's
 * wall time against its longest scenario run alone (the longest of the audit, run by itself).
 * Beside them, the floor: a bare Playwright run of one test in the same Chromium, which no harness
 * built on Playwright's runner goes below.
 */
export const overhead: Benchmark = {
  name: 'overhead',
  title: 'Harness overhead of the full demo audit',
  async run({ quick }) {
    const audit = await measuredRun(['run', ...(quick ? QUICK_ARGS : [])], 'the demo audit');
    const longest = audit.steps.perScenario.reduce((a, b) => (b.durationMs > a.durationMs ? b : a));
    const alone = await measuredRun(['run', '--journey', longest.journey, '--', '--grep', escapeRegExp(longest.name)], `"${longest.name}" alone`, 1);
    const one = await measuredRun(['run', ...ONE_SCENARIO], 'the one-scenario run', 1);
    const floor = await timedPlaywrightFloor();
    const floorOverhead = floor.wallMs - floor.bodyMs;

    const oneOverhead = one.run.wallMs - one.steps.totalMs;
    const auditFactor = audit.run.wallMs / alone.run.wallMs;
    const { steps } = audit;
    const met = oneOverhead <= ONE_SCENARIO_GOAL_MS && auditFactor <= AUDIT_GOAL;
    return {
      measures: [
        { what: `full audit: wall time (${steps.scenarios} scenarios, ${steps.perWorkerMs.size} workers, every report written)`, value: seconds(audit.run.wallMs) },
        { what: 'full audit: channel interactions, all workers / busiest worker (Gherkin step time)', value: `${seconds(steps.totalMs)} / ${seconds(steps.busiestWorkerMs)}` },
        { what: 'full audit: start-up to the first scenario / reporting after the last', value: `${seconds(steps.firstStart - audit.run.spawnedAt)} / ${seconds(audit.run.exitedAt - steps.lastStop)}` },
        { what: 'full audit: wall ÷ busiest worker\'s step time', value: factor(audit.run.wallMs / steps.busiestWorkerMs) },
        { what: `longest scenario in the audit: ${describe(longest)}`, value: seconds(longest.durationMs) },
        { what: 'that scenario run alone: wall time (its own steps)', value: `${seconds(alone.run.wallMs)} (${seconds(alone.steps.totalMs)})` },
        { what: 'full audit wall ÷ longest scenario run alone', value: factor(auditFactor) },
        { what: `one-scenario run (\`run ${ONE_SCENARIO.join(' ')}\`): wall time / its scenario's steps`, value: `${seconds(one.run.wallMs)} / ${seconds(one.steps.totalMs)}` },
        { what: 'one-scenario run: start-up to the scenario / reporting after it', value: `${seconds(one.steps.firstStart - one.run.spawnedAt)} / ${seconds(one.run.exitedAt - one.steps.lastStop)}` },
        { what: 'one-scenario run: wall minus its scenario\'s steps', value: seconds(oneOverhead) },
        { what: 'floor: bare Playwright, one test opening a page in the same Chromium: wall time / its body', value: `${seconds(floor.wallMs)} / ${seconds(floor.bodyMs)}` },
        { what: 'one-scenario run\'s overhead beyond the floor\'s (the harness\'s own share)', value: seconds(oneOverhead - floorOverhead) },
      ],
      figure: `${seconds(oneOverhead)} over one scenario; audit ${factor(auditFactor)} its longest scenario alone`,
      goal: `≤ ${seconds(ONE_SCENARIO_GOAL_MS)} over one scenario; audit ≤ ${factor(AUDIT_GOAL)} its longest scenario alone`,
      met,
      note: met ? undefined : missedNote(audit, one, oneOverhead, auditFactor, floor),
    };
  },
};

interface MeasuredRun {
  run: TimedCliRun;
  steps: StepTimings;
}

/** A run that must pass, with its scenarios' timings; `scenarios` checks a selection caught what it meant to. */
async function measuredRun(args: string[], what: string, scenarios?: number): Promise<MeasuredRun> {
  const run = await timedCli(args);
  expectExit(run, 0, what);
  const steps = await readStepTimings(path.join(run.reportsDir, 'allure-results'));
  if (scenarios !== undefined && steps.scenarios !== scenarios) throw new Error(`${what} ran ${steps.scenarios} scenarios, not ${scenarios}`);
  return { run, steps };
}

function describe(scenario: ScenarioTiming): string {
  return `${scenario.journey}, "${scenario.name}"`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function missedNote(audit: MeasuredRun, one: MeasuredRun, oneOverhead: number, auditFactor: number, floor: FloorRun): string {
  const startUp = seconds(one.steps.firstStart - one.run.spawnedAt);
  const reporting = seconds(one.run.exitedAt - one.steps.lastStop);
  return (
    `Missed: the one-scenario run spends ${seconds(oneOverhead)} beyond its scenario, ${startUp} before it (the CLI, the ` +
    `demo company, Playwright's transform of the steps and journeys, a worker and its Chromium) and ${reporting} after it ` +
    `(the end-of-run checks, the experience report, JUnit, Allure HTML, the PDF printed by a second Chromium, the run store). ` +
    `A bare Playwright run of one test in the same Chromium spends ${seconds(floor.wallMs - floor.bodyMs)} beyond its test: the ` +
    `harness's own share is the rest. ` +
    `The full audit takes ${factor(auditFactor)} its longest scenario run alone: its ${audit.steps.scenarios} scenarios share ` +
    `${audit.steps.perWorkerMs.size} workers, and the busiest worker's steps alone take ${seconds(audit.steps.busiestWorkerMs)}.`
  );
}
