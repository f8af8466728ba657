import type { Evidence } from './finding.ts';
import type { FindingKind } from './kinds.ts';
import type { Notebook } from './notebook.ts';
import type { Watch } from './watches.ts';

/**
 * How a journey writes the details of one kind of watch, and which journey leaves it: the
 * journey's watch codec (`journeys/<id>/<what>-watch.ts`, a `WatchDetails` of
 * src/watches/watch-details.ts, which also reads the details back for the judge).
 */
export interface WatchDetailsWriter<T> {
  /**
   * The journey id, as the watch and its judge name it (`@journey:<id>`): written in the codec,
   * once per journey, and taken from there by the watch (`checkOrWatch`) and by the judge.
   */
  readonly journey: string;
  write(value: T): Record<string, string>;
}

/** The watch a check leaves when its verdict is due after the run. */
export interface WatchToLeave<T> {
  /** What will be checked, in the customer's words. */
  check: string;
  /** The finding kind if the check fails when it falls due: a judge is registered for it. */
  kind: FindingKind;
  /** The journey's watch codec: names the journey and writes the details. */
  codec: WatchDetailsWriter<T>;
  /** What the judge needs, typed; written by the codec only when the watch is left. */
  details: T;
}

/** A check whose verdict is due at a time: judged in this run, or left as a watch for a later run. */
export interface CheckOrWatch<T, R, A = never> {
  /** When the verdict is due: when what the customer was promised is over. */
  dueAt: Date;
  /** The longest this run may wait for it (`target.timing.maxWaitInRun`). */
  maxWaitInRun: number;
  /** The watch to leave when the due time is further away than the run may wait. */
  watch: WatchToLeave<T>;
  /** The check in this run: waits `remainingMs` at most (until the due time; 0 when it is past), then judges. */
  checkNow(remainingMs: number): Promise<R>;
  /**
   * Only for a check that something arriving settles ("a reply already there still counts"): when
   * the due time is beyond the run's wait, `look` is asked first what has arrived (it may wait,
   * `maxWaitInRun` at most); what it finds is judged now, and only when it finds nothing is the
   * watch left.
   */
  arrivedEarly?: { look(): Promise<A | undefined>; judge(arrived: A): Promise<R> };
  /**
   * Present when only time passing answers the check (nothing arrives that the scenario needs: "no
   * marketing email after the grace period", "the ticket arrives within 5 minutes") and no later
   * step of the scenario needs its answer. Then a check due within the run's wait does not hold the
   * scenario's worker either: it is left as a watch that the same judge decides at the end of this
   * run, when every scenario is done (waits overlap). `cites`: evidence the scenario already kept
   * that a broken verdict cites, as the check in the scenario would.
   */
  onlyTimeTells?: { cites?: readonly Evidence[] };
}

/** Where a scenario leaves its watch: its notebook and run (a journey's parts have both). */
export interface WatchingScenario {
  notebook: Pick<Notebook, 'awaiting' | 'judgeAtEndOfRun' | 'canJudgeAtEndOfRun'>;
  runId: string;
}

/**
 * Check now, or leave a watch: a check due later than the run may wait leaves its watch, and a later
 * run's judge decides it. One due within the run's wait is judged in this run: at its end, beside
 * the other scenarios' waits, when only time tells (`onlyTimeTells`); otherwise here, waiting until
 * the due time (`checkNow`). Returns what the check returned, or undefined when a watch was left.
 *
 * This is the one place where a journey's check is judged in the scenario, at the end of the run
 * or by a later run.
 */
export async function checkOrWatch<T, R, A = never>(scenario: WatchingScenario, plan: CheckOrWatch<T, R, A>): Promise<R | undefined> {
  const remainingMs = plan.dueAt.getTime() - Date.now();
  const withinRun = remainingMs <= plan.maxWaitInRun;
  // Without a run to hold open (a notebook composed without one), the scenario waits, as it always could.
  if (withinRun && !(plan.onlyTimeTells && scenario.notebook.canJudgeAtEndOfRun())) return plan.checkNow(Math.max(0, remainingMs));
  if (plan.arrivedEarly) {
    const arrived = await plan.arrivedEarly.look();
    if (arrived !== undefined) return plan.arrivedEarly.judge(arrived);
  }
  const watch = watchOf(scenario, plan);
  if (withinRun) await scenario.notebook.judgeAtEndOfRun({ ...watch, atEndOfRun: true, cites: [...(plan.onlyTimeTells?.cites ?? [])] });
  else await scenario.notebook.awaiting(watch);
  return undefined;
}

function watchOf<T>(scenario: WatchingScenario, plan: CheckOrWatch<T, unknown, unknown>): Omit<Watch, 'scenario' | 'recordedAt'> {
  const { check, kind, codec, details } = plan.watch;
  return { runId: scenario.runId, journey: codec.journey, check, kind, dueAt: plan.dueAt.toISOString(), details: codec.write(details) };
}
