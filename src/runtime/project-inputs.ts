import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { featuresDir, stepFiles } from './paths.ts';

/** The files the journeys are made of: the feature files and the step files, absolute, each list sorted. */
export interface ProjectInputs {
  features: string[];
  steps: string[];
}

export async function projectInputs(folder = featuresDir(), steps = stepFiles()): Promise<ProjectInputs> {
  const [featureFiles, stepFileList] = await Promise.all([glob('**/*.feature', { cwd: folder, absolute: true }), glob(steps, { absolute: true })]);
  return { features: featureFiles.sort(), steps: stepFileList.sort() };
}

/**
 * The content hash of what something made from the project (generated tests, the features'
 * checks) depends on: named values, one "name value" line each (a tag expression, a version), then
 * each file by its path and its bytes (a missing file counts as empty). 16 hex digits: a folder or
 * file name under .features-gen.
 */
export async function contentHash(values: Record<string, string>, files: readonly string[]): Promise<string> {
  const contents = await Promise.all(files.map((file) => readFile(file).catch(() => Buffer.alloc(0))));
  const hash = createHash('sha256');
  for (const [name, value] of Object.entries(values)) hash.update(`${name} ${value}\n`);
  files.forEach((file, index) => {
    hash.update(`${file}\n`);
    hash.update(contents[index]!);
  });
  return hash.digest('hex').slice(0, 16);
}
