import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The time a run's journeys spent in their channel interactions: the Gherkin steps themselves
 * (Given/When/Then/And/But, those of a Background included), as allure-playwright recorded them,
 * added up per worker. Fixtures, hooks, browser start-up and reporting are the harness's share.
 */
export interface StepTimings {
  scenarios: number;
  /** Each scenario: its journey (the @journey tag), how long it ran and how much of that was its Gherkin steps. */
  perScenario: ScenarioTiming[];
  /** Step time per worker (Playwright's parallelIndex), in ms. */
  perWorkerMs: Map<string, number>;
  totalMs: number;
  /** The busiest worker's step time: the wall time of a run with no overhead at all. */
  busiestWorkerMs: number;
  /** When the first scenario started and the last one ended (epoch ms): what lies outside is start-up and reporting. */
  firstStart: number;
  lastStop: number;
}

export interface ScenarioTiming {
  name: string;
  journey: string;
  durationMs: number;
  stepMs: number;
}

export async function readStepTimings(allureResultsDir: string): Promise<StepTimings> {
  const files = (await readdir(allureResultsDir)).filter((name) => name.endsWith('-result.json'));
  const perWorkerMs = new Map<string, number>();
  const perScenario: ScenarioTiming[] = [];
  let firstStart = Infinity;
  let lastStop = 0;
  for (const file of files) {
    const result = JSON.parse(await readFile(path.join(allureResultsDir, file), 'utf8')) as AllureResult;
    const worker = result.labels.find((label) => label.name === 'thread')?.value ?? 'unknown';
    const stepMs = gherkinStepMs(result.steps);
    perWorkerMs.set(worker, (perWorkerMs.get(worker) ?? 0) + stepMs);
    const journey = result.labels.find((label) => label.name === 'tag' && label.value.startsWith('journey:'))?.value.slice('journey:'.length) ?? 'unknown';
    perScenario.push({ name: result.name, journey, durationMs: result.stop - result.start, stepMs });
    firstStart = Math.min(firstStart, result.start);
    lastStop = Math.max(lastStop, result.stop);
  }
  const times = [...perWorkerMs.values()];
  return {
    scenarios: files.length,
    perScenario,
    perWorkerMs,
    totalMs: times.reduce((sum, ms) => sum + ms, 0),
    busiestWorkerMs: Math.max(0, ...times),
    firstStart,
    lastStop,
  };
}

interface AllureStep {
  name: string;
  start: number;
  stop: number;
  steps?: AllureStep[];
}

interface AllureResult {
  name: string;
  start: number;
  stop: number;
  labels: Array<{ name: string; value: string }>;
  steps: AllureStep[];
}

const GHERKIN_STEP = /^(Given|When|Then|And|But) /;

/** A Gherkin step counts whole; any other step (a hook, a Background wrapper) counts for the Gherkin steps inside it. */
function gherkinStepMs(steps: readonly AllureStep[] = []): number {
  return steps.reduce((sum, step) => sum + (GHERKIN_STEP.test(step.name) ? step.stop - step.start : gherkinStepMs(step.steps)), 0);
}
