import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readJourneyCatalogue } from '../../src/catalogue/journey-catalogue.ts';
import { resolveChromiumPath } from '../../src/channels/web/chromium.ts';
import { ConfigError } from '../../src/config/config-error.ts';
import { formatDuration, parseDuration } from '../../src/config/duration.ts';
import { requireEnv } from '../../src/config/env.ts';
import { loadConfig, selectTarget } from '../../src/config/load-config.ts';
import { allureWanted, pdfWanted } from '../../src/reports/optional-reports.ts';

test('durations are read as people write them', () => {
  assert.equal(parseDuration('3s'), 3000);
  assert.equal(parseDuration('2d'), 2 * 86_400_000);
  assert.equal(parseDuration('1h 30m'), 90 * 60_000);
  assert.equal(parseDuration('250ms'), 250);
  assert.throws(() => parseDuration('2 days'), /"2 days" is not a duration/);
  assert.equal(formatDuration(2 * 86_400_000), '2 days');
  assert.equal(formatDuration(4200), '4.2 s');
});

test('the shipped config is valid and its default target is the demo company', async () => {
  const config = await loadConfig();
  const { id, target } = selectTarget(config);
  assert.equal(id, 'demo');
  assert.equal(target.demo, true);
  // A real company is held to the Gmail/Yahoo rule unless its config says otherwise.
  assert.equal(selectTarget({ ...config, targets: { x: { ...target, timing: { ...target.timing } } }, defaultTarget: 'x' }).id, 'x');
});

test('an invalid config names the file and the setting', async () => {
  const file = await writeConfig(`export default { defaultTarget: 'demo', targets: { demo: { name: 'D', timing: { unsubscribeGracePeriod: 'soon' } } }, personas: { shopper: { name: 'S', email: 's@shopper.test' } } };`);
  await withEnv({ MYSTERY_SHOPPER_CONFIG: file }, () =>
    assert.rejects(loadConfig(), (error: Error) => error instanceof ConfigError && /\.mts: targets\.demo\.timing\.unsubscribeGracePeriod: "soon" is not a duration/.test(error.message)),
  );
});

test('a company without a contact form, with its own marketing senders and words, is said in config', async () => {
  const target = `{ name: 'K', adapter: 'generic', website: { supportAddress: 'help@k.test', contactForm: false }, mail: { marketingSenders: ['@news.k.test'] }, wording: { unsubscribed: ['Tilaus peruttu'] } }`;
  const file = await writeConfig(`export default { defaultTarget: 'k', targets: { k: ${target} }, personas: { shopper: { name: 'S', email: 's@shopper.test' } } };`);
  await withEnv({ MYSTERY_SHOPPER_CONFIG: file }, async () => {
    const { target: k } = selectTarget(await loadConfig());
    assert.equal(k.website?.contactForm, false);
    assert.deepEqual(k.mail.marketingSenders, ['@news.k.test']);
    assert.deepEqual(k.wording.unsubscribed, ['Tilaus peruttu']);
  });
  const bad = await writeConfig(`export default { defaultTarget: 'k', targets: { k: { name: 'K', mail: { marketingSenders: ['news'] } } }, personas: { shopper: { name: 'S', email: 's@shopper.test' } } };`);
  await withEnv({ MYSTERY_SHOPPER_CONFIG: bad }, () =>
    assert.rejects(loadConfig(), (error: Error) => error instanceof ConfigError && /targets\.k\.mail\.marketingSenders\.0: an address, or @domain/.test(error.message)),
  );
});

test('an unknown target and a missing variable are named', async () => {
  const config = await loadConfig();
  assert.throws(() => selectTarget(config, 'acme'), /Unknown target "acme".*known targets: demo/);
  assert.throws(() => requireEnv('MYSTERY_SHOPPER_SURELY_UNSET'), /Missing environment variable MYSTERY_SHOPPER_SURELY_UNSET: set it in \.env/);
});

test('invalid Gherkin is reported with file and line', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'features-'));
  await writeFile(path.join(dir, 'broken.feature'), 'Feature: x\n  Scenario: y\n    Given a\n  Oops this is not gherkin\n');
  await assert.rejects(readJourneyCatalogue(dir), /broken\.feature:4:\d+/);
});

test('CHROMIUM_PATH wins, and a wrong one is named', () => {
  assert.equal(resolveChromiumPath({ CHROMIUM_PATH: process.execPath }), process.execPath);
  assert.throws(() => resolveChromiumPath({ CHROMIUM_PATH: '/nowhere/chromium' }), /CHROMIUM_PATH points to \/nowhere\/chromium/);
});

async function writeConfig(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'config-'));
  const file = path.join(dir, 'mystery-shopper.config.mts');
  await writeFile(file, text);
  return file;
}

async function withEnv(values: Record<string, string>, body: () => Promise<void>): Promise<void> {
  const saved = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  try {
    await body();
  } finally {
    for (const [key, value] of Object.entries(saved)) value === undefined ? delete process.env[key] : (process.env[key] = value);
  }
}

test('the PDF and Allure: on by default, off in the config, and MYSTERY_SHOPPER_PDF/ALLURE (set by run --no-pdf/--no-allure) win', async () => {
  const file = await writeConfig(`export default { defaultTarget: 'd', targets: { d: { name: 'D' } }, personas: { shopper: { name: 'S', email: 's@shopper.test' } }, reports: { pdf: false } };`);
  await withEnv({ MYSTERY_SHOPPER_CONFIG: file, MYSTERY_SHOPPER_PDF: '', MYSTERY_SHOPPER_ALLURE: '' }, async () => {
    const { reports } = await loadConfig();
    assert.deepEqual([pdfWanted(reports), allureWanted(reports)], [false, true]);
    assert.deepEqual([pdfWanted(), allureWanted()], [true, true]);
  });
  await withEnv({ MYSTERY_SHOPPER_PDF: 'true', MYSTERY_SHOPPER_ALLURE: 'false' }, async () => {
    assert.deepEqual([pdfWanted({ pdf: false }), allureWanted({ allure: true })], [true, false]);
  });
});
