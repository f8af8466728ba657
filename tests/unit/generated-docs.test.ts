import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { DEMO_FAULTS } from '../../demo/faults.ts';
import { readJourneyCatalogue } from '../../src/catalogue/journey-catalogue.ts';
import { FAULT_TABLE_FILE } from '../../src/catalogue/generate-docs.ts';
import { renderFaultTable } from '../../src/catalogue/render-fault-table.ts';
import { isFindingKind } from '../../src/findings/kinds.ts';

test(`${FAULT_TABLE_FILE} is up to date with demo/faults.ts (run "npm run docs")`, async () => {
  const expected = renderFaultTable(DEMO_FAULTS, await readJourneyCatalogue());
  assert.equal(await readFile(FAULT_TABLE_FILE, 'utf8'), expected);
});

test('every fault is caught by a journey that exists, as kinds that exist', async () => {
  const journeys = new Set((await readJourneyCatalogue()).map((journey) => journey.id));
  for (const fault of DEMO_FAULTS) {
    assert.ok(journeys.has(fault.caughtBy.journey), `${fault.name}: no journey "${fault.caughtBy.journey}" in features/`);
    for (const kind of fault.caughtBy.kinds) assert.ok(isFindingKind(kind), `${fault.name}: unknown kind "${kind}"`);
  }
});
