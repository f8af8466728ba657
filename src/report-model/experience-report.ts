import type { Degradation, Evidence, Finding } from '../findings/finding.ts';
import type { Watch, JudgedWatch } from '../findings/watches.ts';
import type { BlockedRequest } from '../safety/origin-policy.ts';
import type { KnownIssue } from './known-issue.ts';
import type { Trends } from './trends.ts';

// The report model: the shape of reports/experience/report.json. Types only, so the store and the
// alerts (below the reporters) can read a report; src/reports/experience-report.ts builds it.

import type { JourneyStatus } from './journey-status.ts';
export type { JourneyStatus };
export type ScenarioStatus = JourneyStatus;

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
  /** Acknowledged as a known issue (`mystery-shopper ack`) and failing only in the way acknowledged: alerts stay quiet. */
  known?: KnownIssue;
}

export interface ScenarioReport {
  name: string;
  status: ScenarioStatus;
  durationMs: number;
  awaiting?: string;
  /** Checks the scenario left for the end of this run and that were judged there (their waits overlapped). */
  judgedAtEndOfRun?: string[];
  problem?: string;
  /** The scenario's trace and failure screenshot, linked where Playwright keeps them. */
  artifacts?: Evidence[];
  /** Requests to origins the target does not allow, refused before they left the machine. */
  blockedRequests?: BlockedRequest[];
  /** Checks not made because the company does not offer what they need (not a finding). */
  notChecked?: string[];
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
  watches?: Watch[];
  /** The watches earlier runs left that this run judged (JudgedWatch); a broken one is also a finding on its journey. */
  resolvedVerdicts?: JudgedWatch[];
  /** The target's trends over a period up to this run, from the run store (not recorded with the run: derived). */
  trends?: Trends;
  /** The run fell in one of the target's maintenance windows: recorded and shown, but no alerts, and left out of the trends. */
  maintenance?: { window: string; until: string };
  /** Why the run store could not be used: the report has no history, and the run is a harness error (exit 2). */
  storeError?: string;
  /** Why scenarios could not be run by the harness (its own mailbox down), each once: exit 2. */
  harnessErrors?: string[];
}
