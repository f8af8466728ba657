// `npm run docs`: regenerates the docs that are derived from code.
import { writeFile } from 'node:fs/promises';
import { DEMO_FAULTS } from '../../demo/faults.ts';
import { readJourneyCatalogue } from './journey-catalogue.ts';
import { renderFaultTable } from './render-fault-table.ts';

export const FAULT_TABLE_FILE = 'docs/faults.md';

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(FAULT_TABLE_FILE, renderFaultTable(DEMO_FAULTS, await readJourneyCatalogue()));
  console.log(`Wrote ${FAULT_TABLE_FILE}`);
}
