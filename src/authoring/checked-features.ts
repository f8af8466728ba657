import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../config/config-error.ts';
import { moduleSources } from '../runtime/module-sources.ts';
import { FEATURE_CHECKS, GENERATED_TESTS_ROOT, featuresDir, stepFiles } from '../runtime/paths.ts';
import { contentHash, projectInputs } from '../runtime/project-inputs.ts';
import { markUsed, pruneLeastRecentlyUsed } from '../runtime/recently-used.ts';
import type { CheckedFeatures } from './feature-checks.ts';

/** What a check left: the features checked, or the one-line ConfigError it stopped on. */
type Outcome = { checked: CheckedFeatures } | { error: string };

/** Checks kept for other feature folders and earlier versions of the features; the oldest go. */
const KEPT = 20;

/** The code that checks: its sources are part of the key, so a changed check is never answered from the cache. */
const CHECKS = new URL('./feature-checks.ts', import.meta.url);

/**
 * The features' checks a run makes before it starts (feature-checks.ts), made only when their
 * inputs changed: each set of inputs has its answer in .features-gen/checks/<content hash>.json,
 * read by every later run with the same inputs instead of loading the TypeScript compiler and the
 * Gherkin parser (about a second of start-up). An answer is the same from the cache as made
 * now: the same files left out with the same problems, the same journeys, the same ConfigError.
 */
export async function checkedFeatures(folder = featuresDir()): Promise<CheckedFeatures> {
  const file = path.join(GENERATED_TESTS_ROOT, FEATURE_CHECKS, `${await checksHash(folder)}.json`);
  // None yet, or one cut short (a full disk): checked now.
  const cached = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as Outcome)
    .catch(() => undefined);
  if (cached) {
    await markUsed(file).catch(() => undefined); // pruned meanwhile by a run side by side: still read
    return answer(cached);
  }
  const outcome = await checkNow(folder);
  await keep(file, outcome);
  return answer(outcome);
}

/**
 * What the checks depend on: the feature files and the step files (paths and contents), the
 * folder as given and the working directory (the problems and journeys name files relative to
 * them), the code of the checks and the installed packages (package-lock.json).
 */
async function checksHash(folder: string): Promise<string> {
  const [{ features, steps }, code] = await Promise.all([projectInputs(folder, stepFiles()), moduleSources(CHECKS)]);
  return contentHash({ checks: 'features', features: folder, cwd: process.cwd() }, [...features, ...steps, ...code, path.resolve('package-lock.json')]);
}

async function checkNow(folder: string): Promise<Outcome> {
  const { checkFeaturesNow } = await import('./feature-checks.ts');
  try {
    // Through JSON, as from the cache: a fresh answer and a cached one are the same to the last field.
    return JSON.parse(JSON.stringify({ checked: await checkFeaturesNow(folder) })) as Outcome;
  } catch (error) {
    // Bad input is answered again from the cache; anything else (a folder that cannot be read) is not kept.
    if (error instanceof ConfigError) return { error: error.message };
    throw error;
  }
}

function answer(outcome: Outcome): CheckedFeatures {
  if ('error' in outcome) throw new ConfigError(outcome.error);
  return outcome.checked;
}

/** Written beside its place and renamed into it, so that a run side by side never reads half of it. */
async function keep(file: string, outcome: Outcome): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  await writeFile(partial, JSON.stringify(outcome));
  await rename(partial, file);
  await pruneLeastRecentlyUsed(path.dirname(file), KEPT, (name) => name.endsWith('.json'));
}
