import { mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../src/channels/web/chromium.ts';
import { ROOT } from '../../tests/support/run-cli.ts';
import { timedProcess } from './timed-process.ts';

export interface FloorRun {
  wallMs: number;
  /** The test body's own time: what the floor's wall time holds beyond Playwright's fixed costs. */
  bodyMs: number;
}

/**
 * The least any Playwright run costs on this machine: a bare project (plain JavaScript, one worker,
 * the line reporter) whose one test opens a page in the same Chromium our journeys use, timed as
 * our runs are, from spawn to exit. What a one-scenario run costs beyond it is the harness's own.
 */
export async function timedPlaywrightFloor(): Promise<FloorRun> {
  const project = await mkdtemp(path.join(os.tmpdir(), 'playwright-floor-'));
  const bodyFile = path.join(project, 'body-ms');
  await symlink(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ type: 'module' }));
  await writeFile(
    path.join(project, 'playwright.config.js'),
    `export default ${JSON.stringify({
      testDir: '.',
      workers: 1,
      reporter: 'line',
      outputDir: path.join(project, 'results'),
      use: { launchOptions: { executablePath: resolveChromiumPath(), args: CHROMIUM_ARGS } },
    })};\n`,
  );
  await writeFile(
    path.join(project, 'floor.spec.js'),
    `import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
test('a page opens', async ({ page }) => {
  const started = performance.now();
  await page.goto('data:text/html,<h1>Floor</h1>');
  await expect(page.locator('h1')).toHaveText('Floor');
  writeFileSync(${JSON.stringify(bodyFile)}, String(performance.now() - started));
});
`,
  );
  const run = await timedProcess(process.execPath, [path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '-c', 'playwright.config.js'], {
    cwd: project,
    env: process.env,
  });
  if (run.exitCode !== 0) throw new Error(`the bare Playwright run exited ${run.exitCode}:\n${run.output.slice(-2000)}`);
  return { wallMs: run.wallMs, bodyMs: Number(await readFile(bodyFile, 'utf8')) };
}
