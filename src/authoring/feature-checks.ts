import { readJourneyCatalogue, type JourneyEntry } from '../catalogue/journey-catalogue.ts';
import { readStepDefinitions } from './step-definitions.ts';
import { unrunnableFeatures, type UnrunnableFeature } from './unrunnable-features.ts';

export interface CheckedFeatures {
  /** The feature files a run leaves out, each with its problems ("features/x.feature:12: …"). */
  unrunnable: UnrunnableFeature[];
  /** The journeys of the other files. */
  catalogue: JourneyEntry[];
}

/**
 * The checks a run makes of the features before it starts, done now: the files it must leave out
 * (bad Gherkin, a step with no definition or several) and the journeys of the others, read as the
 * catalogue reads them (a bad @max-duration throws a ConfigError naming file and line). It loads
 * the TypeScript compiler and the Gherkin parser: checked-features.ts calls it only when its cache
 * has no answer for these inputs.
 */
export async function checkFeaturesNow(folder: string): Promise<CheckedFeatures> {
  const unrunnable = await unrunnableFeatures(folder, await readStepDefinitions());
  const catalogue = await readJourneyCatalogue(folder, unrunnable.map((feature) => feature.file));
  return { unrunnable, catalogue };
}
