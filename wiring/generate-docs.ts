// `npm run docs`: regenerates the docs that are derived from code. The fault table joins the demo
// company's faults with the tests' oracle of what must catch them, so it is composed here.
import { writeFile } from 'node:fs/promises';
import { DEMO_FAULT_MATRIX } from '../tests/support/demo-fault-oracle.ts';
import { FAULT_TABLE_FILE, writeStepCatalogue } from '../src/catalogue/generate-docs.ts';
import { readJourneyCatalogue } from '../src/catalogue/journey-catalogue.ts';
import { renderFaultTable } from '../src/catalogue/render-fault-table.ts';

await writeFile(FAULT_TABLE_FILE, renderFaultTable(DEMO_FAULT_MATRIX, await readJourneyCatalogue()));
console.log(`Wrote ${FAULT_TABLE_FILE}`);
console.log(`Wrote ${await writeStepCatalogue()}`);
