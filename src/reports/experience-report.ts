import type { Degradation, Evidence, Finding } from '../findings/finding.ts';
import type { Watch } from '../findings/watches.ts';
import type { ExperienceReport, JourneyReport, JourneyStatus, ScenarioStatus } from '../report-model/experience-report.ts';
import type { BlockedRequest } from '../safety/origin-policy.ts';

/** One scenario's outcome, as the runner saw it. */
export interface ScenarioOutcome {
  journeyId: string;
  journeyName: string;
  owner?: string;
  severity?: string;
  channels: string[];
  scenario: string;
  status: ScenarioStatus;
  durationMs: number;
  findings: Finding[];
  /** What worked, but worse than promised: slower than its threshold, or a soft expectation missed. */
  degradations?: Degradation[];
  /** What Playwright kept of a failed scenario for QA: its trace and its screenshot at the failure. */
  artifacts?: Evidence[];
  /** What is still to be judged, when a check is due after this run (a watch). */
  awaiting?: string;
  /** The checks behind `awaiting`, for the run store to keep until a later run judges them. */
  watches?: Watch[];
  /** Checks this scenario left to be judged at the end of this run (settled by end-of-run.ts). */
  endOfRunWatches?: Watch[];
  /** The checks judged at the end of the run, in the customer's words: the report says so. */
  judgedAtEndOfRun?: string[];
  /** Why the journey itself could not go on (not the customer's problem). */
  problem?: string;
  /** What the safety guards kept from leaving the machine: a harness safety event for QA, never a finding. */
  blockedRequests?: BlockedRequest[];
  /** Checks not made because the company does not offer what they need, e.g. "what customer support says: … has no payment support channel". */
  notChecked?: string[];
  /** Passed, but only on a retry: a step that fails now and then. */
  flaky?: true;
  /** Not run because the harness itself failed (its mailbox down): the run exits 2. */
  harnessError?: true;
}

export interface RunFacts {
  runId: string;
  startedAt: string;
  finishedAt: string;
  target: ExperienceReport['target'];
  faults: string[];
}

/** Folds scenario outcomes into one status per journey, the worst first in severity of meaning. */
export function buildExperienceReport(run: RunFacts, outcomes: ScenarioOutcome[]): ExperienceReport {
  const byJourney = new Map<string, ScenarioOutcome[]>();
  for (const outcome of outcomes) byJourney.set(outcome.journeyId, [...(byJourney.get(outcome.journeyId) ?? []), outcome]);
  const journeys = [...byJourney.entries()].map(([id, scenarios]) => journeyReport(id, scenarios));
  const watches = outcomes.flatMap((outcome) => outcome.watches ?? []);
  const harnessErrors = [...new Set(outcomes.flatMap((outcome) => (outcome.harnessError && outcome.problem ? [outcome.problem] : [])))];
  return {
    ...run,
    summary: summarize(journeys),
    journeys,
    ...(watches.length > 0 ? { watches } : {}),
    ...(harnessErrors.length > 0 ? { harnessErrors } : {}),
  };
}

/** The report's counts: how many journeys have each status. */
export function summarize(journeys: readonly Pick<JourneyReport, 'status' | 'flaky'>[]): ExperienceReport['summary'] {
  const count = (status: JourneyStatus) => journeys.filter((journey) => journey.status === status).length;
  return {
    journeys: journeys.length,
    passed: count('passed'),
    broken: count('broken'),
    degraded: count('degraded'),
    awaiting: count('awaiting'),
    notRun: count('not-run'),
    needsMaintenance: count('needs-maintenance'),
    flaky: journeys.filter((journey) => journey.flaky).length,
  };
}

/** A journey is as bad as its worst scenario; a customer problem outranks a harness problem. */
const PRECEDENCE: JourneyStatus[] = ['broken', 'needs-maintenance', 'degraded', 'awaiting', 'passed', 'not-run'];

export function worstStatus(statuses: readonly JourneyStatus[]): JourneyStatus {
  return PRECEDENCE.find((candidate) => statuses.includes(candidate)) ?? 'not-run';
}

function journeyReport(id: string, scenarios: ScenarioOutcome[]): JourneyReport {
  const first = scenarios[0]!;
  const status = worstStatus(scenarios.map((scenario) => scenario.status));
  const degradations = scenarios.flatMap((scenario) => scenario.degradations ?? []);
  return {
    id,
    name: first.journeyName,
    status,
    owner: first.owner ?? null,
    severity: first.severity ?? null,
    channels: first.channels,
    findings: scenarios.flatMap((scenario) => scenario.findings),
    ...(degradations.length > 0 ? { degradations } : {}),
    ...(scenarios.some((scenario) => scenario.flaky) ? { flaky: true as const } : {}),
    scenarios: scenarios.map(({ scenario, status: scenarioStatus, durationMs, awaiting, judgedAtEndOfRun, problem, artifacts, blockedRequests, notChecked, flaky, harnessError }) => ({
      name: scenario,
      status: scenarioStatus,
      durationMs,
      ...(awaiting ? { awaiting } : {}),
      ...(judgedAtEndOfRun?.length ? { judgedAtEndOfRun } : {}),
      ...(problem ? { problem } : {}),
      ...(artifacts?.length ? { artifacts } : {}),
      ...(blockedRequests?.length ? { blockedRequests } : {}),
      ...(notChecked?.length ? { notChecked } : {}),
      ...(flaky ? { flaky } : {}),
      ...(harnessError ? { harnessError } : {}),
    })),
  };
}
