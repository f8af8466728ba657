import type { FindingKind } from '../findings/kinds.ts';
import type { Watch } from '../findings/watches.ts';
import type { Judge } from './judge.ts';

/**
 * The judge of one kind of watch a journey leaves: declared in the journey's folder
 * (`journeys/<id>/judge-<what>.ts`), beside the check it shares its decision and words with.
 */
export interface WatchJudge {
  /** The journey id, as the watch names it (`@journey:<id>`). */
  journey: string;
  /** The finding kind the watch gives when it falls due and is broken. */
  kind: FindingKind;
  judge: Judge;
}

/**
 * The engine takes the journeys' judges by registration and never imports a journey: whoever
 * composes a process (the Playwright config, the CLI's entry, a test) registers them first.
 */
const registry = new Map<string, WatchJudge>();

const keyOf = (journey: string, kind: string): string => `${journey} ${kind}`;

/**
 * Registers judges; registering one again for the same journey and kind replaces it, so that a
 * composition evaluated twice (Playwright loads its config more than once) does no harm.
 */
export function registerJudges(judges: readonly WatchJudge[]): void {
  for (const judge of judges) registry.set(keyOf(judge.journey, judge.kind), judge);
}

/** Forgets every registered judge: for tests that compose their own. */
export function clearJudges(): void {
  registry.clear();
}

/** Every registered judge, in the order registered. */
export function registeredJudges(): WatchJudge[] {
  return [...registry.values()];
}

export function judgeOf(watch: Pick<Watch, 'journey' | 'kind'>): Judge | undefined {
  return registry.get(keyOf(watch.journey, watch.kind))?.judge;
}

export function hasJudge(watch: Pick<Watch, 'journey' | 'kind'>): boolean {
  return judgeOf(watch) !== undefined;
}

/** The kinds of watch a journey can leave for a later run: those a judge is registered for. */
export function watchKindsOf(journeyId: string): string[] {
  return registeredJudges()
    .filter((judge) => judge.journey === journeyId)
    .map((judge) => judge.kind);
}
