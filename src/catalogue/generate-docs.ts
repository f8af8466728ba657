// `npm run docs`: regenerates the docs that are derived from code.
import { writeFile } from 'node:fs/promises';
import { DEMO_FAULTS } from '../../demo/faults.ts';
import { readStepCatalogue } from '../authoring/read-step-catalogue.ts';
import { renderStepCatalogue } from '../authoring/render-step-catalogue.ts';
import { readJourneyCatalogue } from './journey-catalogue.ts';
import { renderFaultTable } from './render-fault-table.ts';

export const FAULT_TABLE_FILE = 'docs/faults.md';
export const STEP_CATALOGUE_FILE = 'docs/steps.md';

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(FAULT_TABLE_FILE, renderFaultTable(DEMO_FAULTS, await readJourneyCatalogue()));
  console.log(`Wrote ${FAULT_TABLE_FILE}`);
  await writeFile(STEP_CATALOGUE_FILE, renderStepCatalogue(await readStepCatalogue()));
  console.log(`Wrote ${STEP_CATALOGUE_FILE}`);
}
