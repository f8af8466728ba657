import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../src/channels/web/chromium.ts';
import { generateAllureReport } from '../../src/reports/generate-allure-report.ts';

/*
 * Allure's real report generator (the library behind the `allure` CLI) on results shaped as allure-playwright writes them: each scenario lands in
 * the category of what it met, and the history survives the report folder being emptied.
 */

const SCENARIOS = [
  { historyId: 'rent-car', name: 'My loyalty price matches', status: 'failed', labels: [{ name: 'finding', value: 'price-inconsistent' }] },
  { historyId: 'track-delivery', name: 'Follow the parcel', status: 'broken', labels: [] },
  { historyId: 'enquiry', name: 'Ask customer service by email', status: 'passed', labels: [{ name: 'degradation', value: 'soft-expectation' }] },
  { historyId: 'unsubscribe', name: 'Unsubscribe with one click', status: 'passed', labels: [] },
];

test('Allure files each scenario under what it met, and keeps its history across runs in the data folder', async () => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'allure-report-'));
  const paths = { results: path.join(scratch, 'reports', 'allure-results'), output: path.join(scratch, 'reports', 'allure'), history: path.join(scratch, 'data', 'allure-history.jsonl') };

  await writeResults(paths.results, 1, { fixed: false });
  assert.equal(await generateAllureReport(paths), 0);
  // A new run empties the results (the reporter's onBegin) and writes the report over the last one.
  await rm(paths.results, { recursive: true, force: true });
  await writeResults(paths.results, 2, { fixed: true });
  assert.equal(await generateAllureReport(paths), 0);
  const fixedRun = await categoryNames(paths.output);
  assert.ok(!fixedRun.some((name) => name.startsWith('Broken:')), `the report is this run's, not the last one's: ${fixedRun.join(' | ')}`);
  // The whole reports folder may go: the history lives in the data folder.
  await rm(path.join(scratch, 'reports'), { recursive: true, force: true });
  await writeResults(paths.results, 3, { fixed: false });
  assert.equal(await generateAllureReport(paths), 0);

  const history = (await readFile(paths.history, 'utf8')).trim().split('\n');
  assert.equal(history.length, 3, 'one history entry per run');
  const files = await embeddedFiles(paths.output);
  const shown = [...files].filter(([name]) => name.startsWith('data/test-results/')).map(([, data]) => JSON.parse(data.toString('utf8')) as { name: string; history: unknown[] });
  assert.equal(shown.find((result) => result.name === 'My loyalty price matches')?.history.length, 2, 'the third report shows the two runs before it');
  const categories = JSON.parse(files.get('widgets/categories.json')!.toString('utf8')) as { roots: string[]; nodes: Record<string, { name: string; type: string; childrenIds?: string[] }> };
  const testsUnder = (categoryName: string): string[] => {
    const root = categories.roots.map((id) => categories.nodes[id]!).find((node) => node.name === categoryName);
    assert.ok(root, `category "${categoryName}" in ${categories.roots.map((id) => categories.nodes[id]!.name).join(' | ')}`);
    const leaves = (id: string): string[] => {
      const node = categories.nodes[id]!;
      return node.type === 'tr' ? [node.name] : (node.childrenIds ?? []).flatMap(leaves);
    };
    return (root.childrenIds ?? []).flatMap(leaves);
  };
  assert.deepEqual(testsUnder('Broken: The same product costs more in one channel than another (price-inconsistent)'), ['My loyalty price matches']);
  assert.deepEqual(testsUnder('Needs maintenance: the journey could not follow the company’s pages'), ['Follow the parcel']);
  assert.deepEqual(testsUnder('Degraded: A soft expectation was not met (the journey went on) (soft-expectation)'), ['Ask customer service by email']);
  assert.equal(categories.roots.length, 3, 'a scenario that met nothing is in no category');
});

test('the Allure report is one file that opens from disk and calls no outside address (no analytics)', async () => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'allure-offline-'));
  const paths = { results: path.join(scratch, 'allure-results'), output: path.join(scratch, 'allure'), history: path.join(scratch, 'allure-history.jsonl') };
  await writeResults(paths.results, 1, { fixed: false });
  assert.equal(await generateAllureReport(paths), 0);
  const html = await readFile(path.join(paths.output, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /googletagmanager|gtag\(/);

  const browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const outside: string[] = [];
    await page.route(/^(?!file:|data:|blob:)/, (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
    await page.goto(pathToFileURL(path.join(paths.output, 'index.html')).href);
    // A ceiling, not a timing: the report decodes its embedded data in the page, slow on a loaded machine.
    await page.getByText('My loyalty price matches').first().waitFor({ timeout: 90_000 }).catch(async (error: Error) => {
      assert.fail(`${error.message}\nThe page showed: ${(await page.locator('body').innerText()).slice(0, 500)}`);
    });
    assert.deepEqual(outside, []);
  } finally {
    await browser.close();
  }
});

async function categoryNames(output: string): Promise<string[]> {
  const categories = JSON.parse((await embeddedFiles(output)).get('widgets/categories.json')!.toString('utf8')) as { roots: string[]; nodes: Record<string, { name: string }> };
  return categories.roots.map((id) => categories.nodes[id]!.name);
}

/** The report's data, which the single-file report keeps inside its index.html (as d("name", "base64")). */
async function embeddedFiles(output: string): Promise<Map<string, Buffer>> {
  const html = await readFile(path.join(output, 'index.html'), 'utf8');
  return new Map([...html.matchAll(/d\("([^"]+)","([A-Za-z0-9+/=]*)"\)/g)].map(([, name, base64]) => [name!, Buffer.from(base64!, 'base64')]));
}

/** One run's results; when `fixed`, the broken scenario passes. */
async function writeResults(dir: string, run: number, { fixed }: { fixed: boolean }): Promise<void> {
  await mkdir(dir, { recursive: true });
  const start = Date.UTC(2026, 10, 22, 8, run);
  for (const each of SCENARIOS) {
    const scenario = fixed && each.labels.some((label) => label.name === 'finding') ? { ...each, status: 'passed', labels: [] } : each;
    const uuid = randomUUID();
    const result = {
      uuid,
      historyId: scenario.historyId,
      testCaseId: scenario.historyId,
      name: scenario.name,
      fullName: `features/${scenario.historyId}.feature#${scenario.name}`,
      status: scenario.status,
      statusDetails: scenario.status === 'passed' ? {} : { message: `${scenario.name} failed` },
      stage: 'finished',
      labels: [{ name: 'framework', value: 'playwright' }, ...scenario.labels],
      start,
      stop: start + 1000,
      steps: [],
      attachments: [],
      parameters: [],
      links: [],
    };
    await writeFile(path.join(dir, `${uuid}-result.json`), JSON.stringify(result));
  }
  assert.equal((await readdir(dir)).length, SCENARIOS.length);
}
