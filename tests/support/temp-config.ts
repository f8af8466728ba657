import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './run-cli.ts';

/**
 * A config file of the test's own, in a temp folder, for MYSTERY_SHOPPER_CONFIG: `targets` is the
 * source of the targets object's entries, the first of which is the default target.
 */
export async function writeTempConfig(name: string, targets: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mystery-shopper-config-'));
  const file = path.join(dir, `${name}.config.mts`);
  const defaultTarget = /^\s*'?([\w-]+)'?\s*:/.exec(targets)?.[1];
  await writeFile(
    file,
    `import { defineConfig } from ${JSON.stringify(path.join(ROOT, 'src/config/define-config.ts'))};
export default defineConfig({
  defaultTarget: '${defaultTarget}',
  targets: {
    ${targets},
  },
  personas: { shopper: { name: 'Sam Shopper', email: 'sam@shopper.test' } },
});
`,
  );
  return file;
}
