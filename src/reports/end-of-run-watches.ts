import type { Finding } from '../findings/finding.ts';
import type { Watch } from '../findings/watches.ts';
import type { Judgement } from '../watches/judge.ts';
import type { ScenarioOutcome } from './experience-report.ts';

/** Every check this run's scenarios left for its end (waits overlap), to be judged with the others. */
export function endOfRunWatchesOf(outcomes: readonly ScenarioOutcome[]): Watch[] {
  return outcomes.flatMap((outcome) => outcome.endOfRunWatches ?? []);
}

/** Whether a judgement is of a watch this run left for its end (not one an earlier run left). */
export function isJudgedAtEndOfRun(judgement: Judgement): boolean {
  return judgement.judged.atEndOfRun === true;
}

/**
 * Each scenario as if it had waited for its checks itself: a broken verdict is a finding of the
 * scenario, citing what the scenario kept and what the judge found, and the scenario is then
 * broken; a check passed leaves it as its other steps left it, and the report says it was judged
 * at the end of the run. A check that could not be judged (the mailbox down, a judge that failed)
 * becomes a watch for a later run: the scenario stays awaiting.
 */
export function settleEndOfRunWatches(outcomes: readonly ScenarioOutcome[], judgements: readonly Judgement[]): ScenarioOutcome[] {
  return outcomes.map((outcome) => (outcome.endOfRunWatches ? settle(outcome, outcome.endOfRunWatches, judgements) : outcome));
}

function settle(outcome: ScenarioOutcome, left: readonly Watch[], judgements: readonly Judgement[]): ScenarioOutcome {
  const { endOfRunWatches: _settled, ...rest } = outcome;
  const judged = left.map((watch) => ({ watch, judgement: judgements.find((candidate) => sameWatch(candidate.judged, watch)) }));
  const findings: Finding[] = judged.flatMap(({ watch, judgement }) =>
    [judgement?.judged.finding ?? [], judgement?.judged.moreFindings ?? []]
      .flat()
      .map((finding) => ({ ...finding, scenario: outcome.scenario, evidence: [...(watch.cites ?? []), ...finding.evidence] })),
  );
  const unjudged = judged.filter(({ judgement }) => !judgement).map(({ watch }) => forLaterRun(watch));
  const watches = [...(outcome.watches ?? []), ...unjudged];
  const judgedChecks = judged.filter(({ judgement }) => judgement).map(({ watch }) => watch.check);
  const awaiting = [outcome.awaiting, ...unjudged.map(describeLater)].filter(Boolean).join('; ');
  return {
    ...rest,
    status: settledStatus(outcome, findings.length > 0, watches.length > 0),
    findings: [...outcome.findings, ...findings],
    ...(awaiting ? { awaiting } : {}),
    ...(watches.length > 0 ? { watches } : {}),
    ...(judgedChecks.length > 0 ? { judgedAtEndOfRun: judgedChecks } : {}),
  };
}

/**
 * The scenario's status once its end-of-run checks are judged: a broken verdict breaks it (a
 * customer problem outranks the rest); otherwise the provisional "awaiting" they gave it gives way
 * to "passed", unless a later run still has to judge something.
 */
function settledStatus(outcome: ScenarioOutcome, brokenNow: boolean, stillAwaiting: boolean): ScenarioOutcome['status'] {
  if (brokenNow) return 'broken';
  if (outcome.status !== 'awaiting') return outcome.status;
  return stillAwaiting ? 'awaiting' : 'passed';
}

function sameWatch(a: Watch, b: Watch): boolean {
  return a.runId === b.runId && a.scenario === b.scenario && a.kind === b.kind && a.check === b.check && a.dueAt === b.dueAt;
}

/** A watch the end of the run could not judge, kept for a later run like any other (its citations stay with this run). */
function forLaterRun(watch: Watch): Watch {
  const { atEndOfRun: _atEndOfRun, cites: _cites, ...rest } = watch;
  return rest;
}

function describeLater(watch: Watch): string {
  return `${watch.check} — due ${watch.dueAt}`;
}
