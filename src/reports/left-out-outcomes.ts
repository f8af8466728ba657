import type { LeftOutFeature } from '../runtime/left-out-features.ts';
import type { ScenarioOutcome } from './experience-report.ts';

/** Each left-out journey as one outcome: needs-maintenance (the journey, not the company), with its file:line problems. */
export function leftOutOutcomes(features: readonly LeftOutFeature[]): ScenarioOutcome[] {
  return features.map((feature) => ({
    journeyId: feature.journeyId,
    journeyName: feature.journeyName,
    ...(feature.owner ? { owner: feature.owner } : {}),
    ...(feature.severity ? { severity: feature.severity } : {}),
    channels: feature.channels,
    scenario: `${feature.file} (left out of the run)`,
    status: 'needs-maintenance',
    durationMs: 0,
    findings: [],
    problem: `Left out of this run, as its feature file cannot run: ${feature.problems.join(' ')}`,
  }));
}
