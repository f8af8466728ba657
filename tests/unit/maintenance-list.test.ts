import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli } from '../support/run-cli.ts';

test('list shows the target\'s next maintenance window', async () => {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'maintenance-config-')), 'maintenance.config.mts');
  await writeFile(
    file,
    `import base from '${path.join(ROOT, 'mystery-shopper.config.ts')}';
export default { ...base, targets: { ...base.targets, demo: { ...base.targets.demo, maintenance: [
  { name: 'Year 2999 migration', from: '2999-01-01T00:00', to: '2999-01-02T00:00', timezone: 'Europe/Helsinki' },
  { from: '2000-01-01T00:00Z', to: '2000-01-02T00:00Z' },
] } } };
`,
  );
  const run = await runCli(['list'], { MYSTERY_SHOPPER_CONFIG: file });
  assert.equal(run.exitCode, 0, run.output);
  assert.match(run.output, /^Maintenance windows: 2; next: Year 2999 migration, 2998-12-31T22:00:00.000Z until 2999-01-01T22:00:00.000Z$/m);
});
