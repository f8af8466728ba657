import type { Degradation, Evidence, Finding } from '../findings/finding.ts';
import type { PendingVerdict, ResolvedVerdict } from '../findings/pending-verdicts.ts';
import type { BlockedRequest } from '../safety/origin-policy.ts';

export type JourneyStatus = 'passed' | 'broken' | 'degraded' | 'awaiting' | 'not-run' | 'needs-maintenance';
export type ScenarioStatus = JourneyStatus;

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
  /** What is still to be judged, when the verdict is due after this run. */
  awaiting?: string;
  /** The checks behind `awaiting`, for the run store to keep until a later run judges them. */
  watches?: PendingVerdict[];
  /** Why the journey itself could not go on (not the customer's problem). */
  problem?: string;
  /** What the safety guards kept from leaving the machine: a harness safety event for QA, never a finding. */
  blockedRequests?: BlockedRequest[];
  /** Passed, but only on a retry: a step that fails now and then. */
  flaky?: true;
  /** Not run because the harness itself failed (its mailbox down): the run exits 2. */
  harnessError?: true;
}

export interface JourneyHistory {
  /** When the journey's current run of the same status began (ISO), e.g. first seen broken. */
  since: string;
  /** How many runs in a row, this one included, the journey has had this status. */
  streak: number;
  /** Statuses of the recent runs, oldest first, this run last (at most 10). */
  trend: JourneyStatus[];
}

export interface JourneyReport {
  id: string;
  name: string;
  status: JourneyStatus;
  owner: string | null;
  severity: string | null;
  channels: string[];
  findings: Finding[];
  /** Present when the journey met a degradation (status `degraded` unless something worse happened). */
  degradations?: Degradation[];
  scenarios: ScenarioReport[];
  /** From the run store; absent when the store could not be used. */
  history?: JourneyHistory;
  /** A scenario of it passed only on a retry. */
  flaky?: true;
}

export interface ScenarioReport {
  name: string;
  status: ScenarioStatus;
  durationMs: number;
  awaiting?: string;
  problem?: string;
  /** The scenario's trace and failure screenshot, linked where Playwright keeps them. */
  artifacts?: Evidence[];
  /** Requests to origins the target does not allow, refused before they left the machine. */
  blockedRequests?: BlockedRequest[];
  flaky?: true;
  harnessError?: true;
}

/** reports/experience/report.json: the contract in BRIEF.md, plus scenario detail. */
export interface ExperienceReport {
  runId: string;
  startedAt: string;
  finishedAt: string;
  target: { id: string; name: string; webUrl?: string };
  faults: string[];
  summary: {
    journeys: number;
    passed: number;
    broken: number;
    degraded: number;
    awaiting: number;
    notRun: number;
    needsMaintenance: number;
    /** Journeys with a scenario that passed only on a retry (counted in their status too). */
    flaky?: number;
  };
  journeys: JourneyReport[];
  /** Checks this run's journeys left for a later run (watches), kept in the run store until one judges them. */
  watches?: PendingVerdict[];
  /** Verdicts awaited by earlier runs that this run judged; a broken one is also a finding on its journey. */
  resolvedVerdicts?: ResolvedVerdict[];
  /** Why the run store could not be used: the report has no history, and the run is a harness error (exit 2). */
  storeError?: string;
  /** Why scenarios could not be run by the harness (its own mailbox down), each once: exit 2. */
  harnessErrors?: string[];
}

export interface RunFacts {
  runId: string;
  startedAt: string;
  finishedAt: string;
  target: ExperienceReport['target'];
  faults: string[];
}

/** Folds scenario outcomes into one verdict per journey, the worst first in severity of meaning. */
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
    scenarios: scenarios.map(({ scenario, status: scenarioStatus, durationMs, awaiting, problem, artifacts, blockedRequests, flaky, harnessError }) => ({
      name: scenario,
      status: scenarioStatus,
      durationMs,
      ...(awaiting ? { awaiting } : {}),
      ...(problem ? { problem } : {}),
      ...(artifacts?.length ? { artifacts } : {}),
      ...(blockedRequests?.length ? { blockedRequests } : {}),
      ...(flaky ? { flaky } : {}),
      ...(harnessError ? { harnessError } : {}),
    })),
  };
}
