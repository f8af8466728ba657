import { writeFile } from 'node:fs/promises';
import { readStepCatalogue } from '../authoring/read-step-catalogue.ts';
import { renderStepCatalogue } from '../authoring/render-step-catalogue.ts';

/** The docs derived from code; `npm run docs` (wiring/generate-docs.ts) writes them. */
export const FAULT_TABLE_FILE = 'docs/faults.md';
export const STEP_CATALOGUE_FILE = 'docs/steps.md';

/** docs/steps.md, from the step definitions in steps/. */
export async function writeStepCatalogue(): Promise<string> {
  await writeFile(STEP_CATALOGUE_FILE, renderStepCatalogue(await readStepCatalogue()));
  return STEP_CATALOGUE_FILE;
}
