import path from 'node:path';

/** A feature file the run left out, as `run` found it (src/authoring/unrunnable-features.ts). */
export interface LeftOutFeature {
  /** Relative to the project root. */
  file: string;
  journeyId: string;
  journeyName: string;
  owner?: string;
  severity?: string;
  channels: string[];
  /** The feature's own tags, to match a run's tag expression. */
  tags: string[];
  /** "features/x.feature:12: …", one per problem. */
  problems: string[];
}

/** How `run` tells its Playwright processes (the config that generates the tests, the reporter) which files it left out. */
const VARIABLE = 'MYSTERY_SHOPPER_LEFT_OUT_FEATURES';

export function leftOutFeaturesEnv(features: readonly LeftOutFeature[]): NodeJS.ProcessEnv {
  return features.length > 0 ? { [VARIABLE]: JSON.stringify(features) } : { [VARIABLE]: '' };
}

export function leftOutFeatures(env: NodeJS.ProcessEnv = process.env): LeftOutFeature[] {
  return env[VARIABLE] ? (JSON.parse(env[VARIABLE]) as LeftOutFeature[]) : [];
}

/** For playwright-bdd's `features`: negated patterns that keep the left-out files out of the generated tests. */
export function leftOutFeaturePatterns(env: NodeJS.ProcessEnv = process.env): string[] {
  return leftOutFeatures(env).map((feature) => `!${path.resolve(feature.file).split(path.sep).join('/')}`);
}
