import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BASELINE_FILE, checkDependencies, CONFIG_FILE, writeBaseline } from '../check-dependencies.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['src', 'journeys', 'demo'];

/** A tiny project with the real rules: a store that imports the report above it, and an engine that imports a journey. */
const FILES: Record<string, string> = {
  'src/reports/report.ts': `export interface Report { runId: string }\n`,
  'src/store/rows.ts': `import type { Report } from '../reports/report.ts';\nexport const rowOf = (report: Report) => report.runId;\n`,
  'src/watches/judge.ts': `import { opted } from '../../journeys/unsubscribe/opt-out.ts';\nexport const judge = () => opted;\n`,
  'journeys/unsubscribe/opt-out.ts': `export const opted = true;\n`,
  'demo/company.ts': `export const company = 'Demo Shop';\n`,
};

describe('dependency rules (.dependency-cruiser.cjs)', () => {
  let scratch = '';
  before(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'dependency-rules-'));
    await copyFile(path.join(ROOT, CONFIG_FILE), path.join(scratch, CONFIG_FILE));
    await writeFile(path.join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true, noEmit: true } }));
    for (const [file, text] of Object.entries(FILES)) await write(scratch, file, text);
  });
  after(() => rm(scratch, { recursive: true, force: true }));

  test('every folder of src/ has its place in the layer order', async () => {
    const config = createRequire(import.meta.url)(path.join(ROOT, CONFIG_FILE)) as { forbidden: { name: string }[] };
    const layered = new Set(config.forbidden.map(({ name }) => name).filter((name) => name.startsWith('src-layer-')));
    const folders = (await readdir(path.join(ROOT, 'src'), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    assert.deepEqual(
      folders.filter((folder) => !layered.has(`src-layer-${folder}`)),
      [],
      'give each new folder of src/ a tier in SRC_LAYERS of .dependency-cruiser.cjs',
    );
  });

  test('a forbidden import fails the check, naming the rule, the import and what to do instead', async () => {
    const check = await checkDependencies(scratch, FOLDERS);
    assert.equal(check.ok, false);
    assert.deepEqual(check.added.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`).sort(), [
      'engine-not-to-journeys: src/watches/judge.ts → journeys/unsubscribe/opt-out.ts',
      'src-layer-store: src/store/rows.ts → src/reports/report.ts',
    ]);
    assert.match(check.text, /✗ src-layer-store: src\/store\/rows\.ts → src\/reports\/report\.ts\n/);
    assert.match(check.text, /src-layer-store: Layer order in src\/ .*src\/store\/ may import only the layers below it/s);
    assert.match(check.text, /✗ engine-not-to-journeys: src\/watches\/judge\.ts → journeys\/unsubscribe\/opt-out\.ts\n/);
    assert.match(check.text, /engine-not-to-journeys: The engine \(src\/\) never imports journeys\//);
  });

  test('the baseline lists known violations: they are counted, not failed; it may only shrink', async () => {
    const refused = await writeBaseline(scratch, false, FOLDERS);
    assert.equal(refused.ok, false);
    assert.match(refused.text, /may only shrink/);
    assert.equal((await writeBaseline(scratch, true, FOLDERS)).ok, true);
    const known = await checkDependencies(scratch, FOLDERS);
    assert.equal(known.ok, true, known.text);
    assert.match(known.text, /no new violation .*; 2 known violations left to remove \(\.dependency-cruiser-known-violations\.json\): engine-not-to-journeys 1, src-layer-store 1\./);

    // A circle and a company that imports the harness are new: they fail although others are known.
    await write(scratch, 'src/money/amount.ts', `import { format } from './format.ts';\nexport const amount = () => format(1);\n`);
    await write(scratch, 'src/money/format.ts', `import { amount } from './amount.ts';\nexport const format = (n: number) => String(n ?? amount());\n`);
    await write(scratch, 'demo/company.ts', `import type { Report } from '../src/reports/report.ts';\nexport const company = (report?: Report) => report;\n`);
    const circled = await checkDependencies(scratch, FOLDERS);
    assert.equal(circled.ok, false);
    assert.deepEqual(circled.added.map(({ rule }) => rule.name).sort(), ['companies-not-to-harness', 'no-circular']);
    assert.match(circled.text, /✗ no-circular: src\/money\/(amount|format)\.ts → src\/money\/(format|amount)\.ts → src\/money\/(amount|format)\.ts\n/);
    assert.match(circled.text, /✗ companies-not-to-harness: demo\/company\.ts → src\/reports\/report\.ts\n/);
    await rm(path.join(scratch, 'src/money'), { recursive: true });
    await write(scratch, 'demo/company.ts', FILES['demo/company.ts']!);

    // A known violation fixed stays listed until the baseline is regenerated, so it cannot come back unnoticed.
    await write(scratch, 'src/store/rows.ts', `export const rowOf = (report: { runId: string }) => report.runId;\n`);
    const fixed = await checkDependencies(scratch, FOLDERS);
    assert.equal(fixed.ok, false);
    assert.match(fixed.text, /1 known violation is gone.*npm run deps:baseline.*\n {2}src-layer-store: src\/store\/rows\.ts → src\/reports\/report\.ts/s);
    assert.match((await writeBaseline(scratch, false, FOLDERS)).text, /1 known violation \(1 gone since the last baseline\): engine-not-to-journeys 1\./);
    assert.equal(JSON.parse(await readFile(path.join(scratch, BASELINE_FILE), 'utf8')).length, 1);
    assert.equal((await checkDependencies(scratch, FOLDERS)).ok, true);
  });
});

async function write(root: string, file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
}
