import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** `from './x.ts'`, `import './x.ts'` and `import('./x.ts')`: the imports of project modules, by relative path. */
const RELATIVE_IMPORT = /\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * The source files of the project a module runs: itself and every module it imports by a relative
 * path, transitively (type-only imports too), sorted. Packages are not followed: their versions
 * stand for them. For a content hash that changes whenever the code that made something changes.
 */
export async function moduleSources(entry: URL): Promise<string[]> {
  const seen = new Set<string>();
  let next = [entry.href];
  while (next.length > 0) {
    const fresh = [...new Set(next)].filter((href) => !seen.has(href));
    fresh.forEach((href) => seen.add(href));
    const texts = await Promise.all(fresh.map((href) => readFile(new URL(href), 'utf8')));
    next = fresh.flatMap((href, index) => [...texts[index]!.matchAll(RELATIVE_IMPORT)].map((match) => new URL((match[1] ?? match[2])!, href).href));
  }
  return [...seen].map((href) => fileURLToPath(href)).sort();
}
