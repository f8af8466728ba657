import { readJourneyCatalogue } from '../catalogue/journey-catalogue.ts';
import type { Evidence } from '../findings/finding.ts';
import type { ResolvedVerdict } from '../findings/pending-verdicts.ts';
import type { Judgement } from '../verdicts/judge.ts';
import type { EvidenceSource } from './collect-outcome.ts';
import type { ScenarioOutcome } from './experience-report.ts';

/**
 * Verdicts earlier runs awaited and this run judged, as scenarios of their journeys: a broken one
 * makes its journey broken in this run, with the finding in the customer's words, even when the
 * journey itself was not run this time.
 */
export async function resolvedVerdictOutcomes(verdicts: ResolvedVerdict[], outcomes: ScenarioOutcome[]): Promise<ScenarioOutcome[]> {
  const needsCatalogue = verdicts.some((verdict) => !outcomes.some((outcome) => outcome.journeyId === verdict.journey));
  const catalogue = needsCatalogue ? await readJourneyCatalogue() : [];
  return verdicts.map((verdict) => {
    const journey = outcomes.find((outcome) => outcome.journeyId === verdict.journey);
    const entry = catalogue.find((candidate) => candidate.id === verdict.journey);
    return {
      journeyId: verdict.journey,
      journeyName: journey?.journeyName ?? entry?.name ?? verdict.journey,
      owner: journey?.owner ?? entry?.owner,
      severity: journey?.severity ?? entry?.severity,
      channels: journey?.channels ?? entry?.channels ?? [],
      scenario: `${verdict.scenario} (awaited by run ${verdict.runId}, due ${verdict.dueAt})`,
      status: verdict.status,
      durationMs: 0,
      findings: verdict.finding ? [verdict.finding] : [],
    };
  });
}

/** The evidence judgements found, with its bytes, so that it is copied beside the report like any other. */
export function judgedEvidenceSources(judgements: readonly Judgement[]): Array<[Evidence, EvidenceSource]> {
  return judgements
    .flatMap((judgement) => judgement.evidence)
    .map(({ evidence, body }) => [evidence, { name: evidence.name, contentType: evidence.contentType, body }]);
}
