import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DEFAULT_GENERATED_TESTS, FEATURE_CHECKS, GENERATED_TESTS_ROOT, featuresDir } from './paths.ts';
import { contentHash, projectInputs } from './project-inputs.ts';
import { markUsed, pruneLeastRecentlyUsed } from './recently-used.ts';

/** Generated folders kept for other selections and earlier versions of the features; the oldest go. */
const KEPT = 20;

const require = createRequire(import.meta.url);

/**
 * The Playwright tests bddgen generates from the features, steps and tag expression of a run, made
 * only when one of them changed: each set of inputs has a folder of its own under .features-gen,
 * named by their content hash and reused by every later run (and by runs side by side: shards,
 * tests) with the same inputs. A folder is generated beside its final place and renamed into it
 * whole, so that a run never reads one half-written. Resolves to the folder, or undefined when
 * bddgen failed (it has printed the feature file and line).
 */
export async function generatedTests(tags: string | undefined, generate: (folder: string) => Promise<number>): Promise<string | undefined> {
  const folder = path.join(GENERATED_TESTS_ROOT, await inputsHash(tags));
  if (existsSync(folder)) {
    await markUsed(folder);
    return folder;
  }
  const partial = `${folder}.partial-${process.pid}`;
  try {
    if ((await generate(partial)) !== 0) return undefined;
    await rename(partial, folder).catch((error: NodeJS.ErrnoException) => {
      // Another run with the same inputs got there first: its folder is the same as ours.
      if (!existsSync(folder)) throw error;
    });
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
  await pruneLeastRecentlyUsed(GENERATED_TESTS_ROOT, KEPT, (name) => name !== DEFAULT_GENERATED_TESTS && name !== FEATURE_CHECKS && !name.includes('.partial-'));
  return folder;
}

/** What bddgen's output depends on: the feature files, the step files, the tags, the config and bddgen itself. */
async function inputsHash(tags: string | undefined): Promise<string> {
  const { features, steps } = await projectInputs();
  const values = { tags: tags ?? '', features: path.resolve(featuresDir()), 'playwright-bdd': playwrightBddVersion() };
  return contentHash(values, [...features, ...steps, path.resolve('playwright.config.ts')]);
}

function playwrightBddVersion(): string {
  return (require('playwright-bdd/package.json') as { version: string }).version;
}
