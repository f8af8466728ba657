import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { isZip, scrubContent, textOf } from './scrub-content.ts';
import { typedSecretsIn } from './typed-secrets.ts';

/**
 * Masks the secrets in each file, in place. What the shopper typed into password and card fields,
 * as any trace recorded it, is masked in every file too: a step title or an Allure result may
 * repeat it. Returns the files rewritten.
 */
export async function scrubFiles(files: readonly string[], secrets: readonly string[]): Promise<string[]> {
  const typed = new Set<string>();
  for (const file of files) for (const value of typedSecretsOf(await readFile(file), file)) typed.add(value);
  const all = [...secrets, ...typed];
  const rewritten: string[] = [];
  for (const file of files) {
    const bytes = await readFile(file);
    const scrubbed = scrubContent(bytes, file, all);
    if (scrubbed === bytes) continue;
    await writeFile(file, scrubbed);
    rewritten.push(file);
  }
  return rewritten;
}

/** The values of secret fields in the traces of a file: a trace archive, or archives holding traces. */
function typedSecretsOf(bytes: Uint8Array, name: string): string[] {
  if (isZip(bytes)) return Object.entries(unzipSync(bytes)).flatMap(([entry, data]) => typedSecretsOf(data, entry));
  return name.endsWith('.trace') ? typedSecretsIn(textOf(bytes) ?? '').values : [];
}

/** Every file under a folder, at any depth; none when it does not exist. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}
