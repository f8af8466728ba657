import { cp, mkdtemp, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './run-cli.ts';

/** Made by runs and installs, never part of what a new engineer starts from. */
export const NOT_COPIED = new Set(['node_modules', '.git', 'reports', '.mystery-shopper', '.features-gen', 'test-results', 'allure-results', 'blob-report']);

/** The project as a new engineer has it: its files, and the dependencies npm install gave. */
export async function copyOfProject(prefix: string): Promise<string> {
  const project = await mkdtemp(path.join(os.tmpdir(), prefix));
  await cp(ROOT, project, { recursive: true, filter: (source) => !NOT_COPIED.has(path.relative(ROOT, source).split(path.sep)[0]!) });
  await symlink(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
  return project;
}
