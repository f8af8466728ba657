import { readJourneyCatalogue } from '../catalogue/journey-catalogue.ts';
import type { Evidence } from '../findings/finding.ts';
import type { JudgedWatch } from '../findings/watches.ts';
import type { Judgement } from '../watches/judge.ts';
import type { EvidenceSource } from './collect-outcome.ts';
import type { ScenarioOutcome } from './experience-report.ts';

/**
 * The watches earlier runs left and this run judged, as scenarios of their journeys: a broken one
 * makes its journey broken in this run, with the finding in the customer's words, even when the
 * journey itself was not run this time.
 */
export async function judgedWatchOutcomes(watches: JudgedWatch[], outcomes: ScenarioOutcome[]): Promise<ScenarioOutcome[]> {
  const needsCatalogue = watches.some((watch) => !outcomes.some((outcome) => outcome.journeyId === watch.journey));
  const catalogue = needsCatalogue ? await readJourneyCatalogue() : [];
  return watches.map((watch) => {
    const journey = outcomes.find((outcome) => outcome.journeyId === watch.journey);
    const entry = catalogue.find((candidate) => candidate.id === watch.journey);
    return {
      journeyId: watch.journey,
      journeyName: journey?.journeyName ?? entry?.name ?? watch.journey,
      owner: journey?.owner ?? entry?.owner,
      severity: journey?.severity ?? entry?.severity,
      channels: journey?.channels ?? entry?.channels ?? [],
      scenario: `${watch.scenario} (awaited by run ${watch.runId}, due ${watch.dueAt})`,
      status: watch.status,
      durationMs: 0,
      findings: [...(watch.finding ? [watch.finding] : []), ...(watch.moreFindings ?? [])],
    };
  });
}

/** The evidence judgements found, with its bytes, so that it is copied beside the report like any other. */
export function judgedEvidenceSources(judgements: readonly Judgement[]): Array<[Evidence, EvidenceSource]> {
  return judgements
    .flatMap((judgement) => judgement.evidence)
    .map(({ evidence, body }) => [evidence, { name: evidence.name, contentType: evidence.contentType, body }]);
}
