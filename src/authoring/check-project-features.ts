import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load-config.ts';
import { featuresDir } from '../runtime/paths.ts';
import { checkFeature, type FeatureProblem } from './feature-check.ts';
import { readStepDefinitions } from './step-definitions.ts';

/** Checks every feature file of the project against its step definitions and configured schedules. */
export async function checkProjectFeatures(folder = featuresDir()): Promise<FeatureProblem[]> {
  const [definitions, config] = await Promise.all([readStepDefinitions(), loadConfig()]);
  const schedules = Object.keys(config.schedules);
  const files = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.feature')).sort();
  const problems = await Promise.all(
    files.map(async (name) => {
      const file = path.join(folder, name);
      return checkFeature({ file, text: await readFile(file, 'utf8') }, definitions, schedules);
    }),
  );
  return problems.flat();
}
