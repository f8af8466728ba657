import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../config/config-error.ts';
import type { NewFile } from './scaffold-journey.ts';

/**
 * Writes files that must all be new: when any one exists, writes none of them and says which.
 * Checked before the first write, so that a refusal leaves the project as it was.
 */
export async function writeNewFiles(root: string, files: readonly NewFile[]): Promise<void> {
  const existing = files.filter((file) => existsSync(path.resolve(root, file.path)));
  if (existing.length > 0) {
    throw new ConfigError(`${existing.map((file) => file.path).join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written (choose another journey id, or move the file away)`);
  }
  for (const file of files) {
    await mkdir(path.dirname(path.resolve(root, file.path)), { recursive: true });
    await writeFile(path.resolve(root, file.path), file.text, { flag: 'wx' });
  }
}
