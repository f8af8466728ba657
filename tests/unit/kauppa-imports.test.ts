import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { glob } from 'tinyglobby';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const HARNESS = ['src', 'journeys', 'steps', 'demo', 'tests', 'features'].map((folder) => path.join(ROOT, folder));

/** Every module specifier of a file: static imports and exports, import(), require(). */
function specifiers(source: string): string[] {
  const found = [
    ...source.matchAll(/\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/\bimport\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((match) => match[1]!);
}

// Kauppa Oy is an audited outsider: if it borrowed the harness's code, a harness bug could hide
// in both and the lab would prove nothing.
test('Kauppa Oy imports nothing of the harness: only its own files, node: modules and npm packages', async () => {
  const files = await glob('labs/kauppa/**/*.ts', { cwd: ROOT, absolute: true });
  assert.ok(files.length > 5, 'labs/kauppa has its files');
  const offences: string[] = [];
  for (const file of files) {
    for (const specifier of specifiers(await readFile(file, 'utf8'))) {
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue; // node: or an npm package
      const target = path.resolve(path.dirname(file), specifier);
      const inside = target.startsWith(path.join(ROOT, 'labs', 'kauppa') + path.sep);
      if (!inside || HARNESS.some((folder) => target.startsWith(folder + path.sep))) offences.push(`${path.relative(ROOT, file)} imports ${specifier}`);
    }
  }
  assert.deepEqual(offences, []);
});

test('the import scan sees every form of import', () => {
  const source = `import a from '../../src/a.ts';\nimport type { B } from "../b.ts";\nexport { c } from './c.ts';\nimport './d.ts';\nconst e = await import('../e.ts');`;
  assert.deepEqual(specifiers(source).sort(), ['../../src/a.ts', '../b.ts', '../e.ts', './c.ts', './d.ts']);
});
