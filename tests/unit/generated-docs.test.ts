import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { readJourneyCatalogue } from '../../src/catalogue/journey-catalogue.ts';
import { readStepCatalogue } from '../../src/authoring/read-step-catalogue.ts';
import { renderStepCatalogue, STEP_CATALOGUE_FILE } from '../../src/authoring/render-step-catalogue.ts';
import { FAULT_TABLE_FILE, renderFaultTable } from '../../src/catalogue/render-fault-table.ts';
import { isFindingKind } from '../../src/findings/kinds.ts';
import { DEMO_FAULT_MATRIX, staleOracleEntries } from '../support/demo-fault-oracle.ts';

test(`${FAULT_TABLE_FILE} is up to date with demo/faults.ts and the fault oracle (run "npm run docs")`, async () => {
  const expected = renderFaultTable(DEMO_FAULT_MATRIX, await readJourneyCatalogue());
  assert.equal(await readFile(FAULT_TABLE_FILE, 'utf8'), expected);
});

test(`${STEP_CATALOGUE_FILE} is up to date with the step definitions in steps/ (run "npm run docs")`, async () => {
  assert.equal(await readFile(STEP_CATALOGUE_FILE, 'utf8'), renderStepCatalogue(await readStepCatalogue()));
});

test('every step definition says which channel it uses (a "/** @channel web */" comment)', async () => {
  const silent = (await readStepCatalogue()).filter((entry) => entry.channels.length === 0);
  assert.deepEqual(silent.map((entry) => `${entry.file}:${entry.line}: ${entry.phrase}`), []);
});

test('every fault is caught by a journey that exists, as kinds that exist', async () => {
  const journeys = new Set((await readJourneyCatalogue()).map((journey) => journey.id));
  for (const fault of DEMO_FAULT_MATRIX) {
    assert.ok(journeys.has(fault.caughtBy.journey), `${fault.name}: no journey "${fault.caughtBy.journey}" in features/`);
    for (const kind of fault.caughtBy.kinds) assert.ok(isFindingKind(kind), `${fault.name}: unknown kind "${kind}"`);
  }
});

test('the fault oracle names only faults the demo company has', () => {
  assert.deepEqual(staleOracleEntries(), []);
});
