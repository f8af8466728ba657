// `npm run docs`: regenerates the docs that are derived from code. The fault table joins the demo
// company's faults with the tests' oracle of what must catch them, so it is composed here.
import { writeFile } from 'node:fs/promises';
import { readStepCatalogue } from '../src/authoring/read-step-catalogue.ts';
import { renderStepCatalogue, STEP_CATALOGUE_FILE } from '../src/authoring/render-step-catalogue.ts';
import { readJourneyCatalogue } from '../src/catalogue/journey-catalogue.ts';
import { FAULT_TABLE_FILE, renderFaultTable } from '../src/catalogue/render-fault-table.ts';
import { DEMO_FAULT_MATRIX } from '../tests/support/demo-fault-oracle.ts';

await writeFile(FAULT_TABLE_FILE, renderFaultTable(DEMO_FAULT_MATRIX, await readJourneyCatalogue()));
console.log(`Wrote ${FAULT_TABLE_FILE}`);
await writeFile(STEP_CATALOGUE_FILE, renderStepCatalogue(await readStepCatalogue()));
console.log(`Wrote ${STEP_CATALOGUE_FILE}`);
