import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../src/channels/web/chromium.ts';
import type { ExperienceReport, JourneyStatus } from '../../src/report-model/experience-report.ts';
import { writeExperiencePdf } from '../../src/reports/write-experience-pdf.ts';
import { openSqliteRunStore } from '../../src/store/run-store.ts';
import { pdfPageTexts } from '../support/pdf-text.ts';
import { runCli } from '../support/run-cli.ts';
import { runReport } from '../support/run-reports.ts';

/*
 * The trends as a person sees them: `mystery-shopper report --since 30d` over a store of 60 days of
 * runs, opened from disk in Chromium; each chart is there, named for screen readers, and draws
 * report.json's figures. MYSTERY_SHOPPER_DOCS_SCREENSHOTS=1 also writes the screenshots of
 * docs/experience-report.md.
 */

const HOUR = 3_600_000;
const RUNS = 60 * 4; // every 6 hours for 60 days
const END = Date.UTC(2026, 10, 22, 6);
const JOURNEYS: Array<{ id: string; owner: string; severity: string; status: (run: number) => JourneyStatus }> = [
  { id: 'checkout', owner: 'web-shop', severity: 'critical', status: (run) => (run >= RUNS - 6 ? 'broken' : 'passed') },
  { id: 'enquiry', owner: 'customer-service', severity: 'high', status: (run) => (run % 40 < 5 ? 'broken' : 'passed') },
  { id: 'unsubscribe', owner: 'marketing', severity: 'high', status: (run) => (run % 60 < 2 ? 'broken' : run % 7 === 0 ? 'degraded' : 'passed') },
  { id: 'track-delivery', owner: 'logistics', severity: 'medium', status: () => 'passed' },
  { id: 'rent-car', owner: 'web-shop', severity: 'medium', status: (run) => (run % 90 < 3 ? 'broken' : 'passed') },
];

let browser: Browser;
let page: Page;
let report: ExperienceReport;
let dir: string;

before(async () => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'trends-view-'));
  const storeFile = path.join(scratch, 'history.sqlite');
  const store = await openSqliteRunStore(storeFile);
  for (let run = 0; run < RUNS; run++) {
    const startedAt = new Date(END - (RUNS - 1 - run) * 6 * HOUR).toISOString();
    const base = runReport(`run-${String(run).padStart(3, '0')}`, startedAt, Object.fromEntries(JOURNEYS.map((journey) => [journey.id, journey.status(run)])));
    const journeys = base.journeys.map((journey, index) => ({ ...journey, name: `Journey ${journey.id}`, owner: JOURNEYS[index]!.owner, severity: JOURNEYS[index]!.severity }));
    // One maintenance window, ten days ago: its broken runs count nowhere.
    const maintenance = run === RUNS - 40 ? { maintenance: { window: 'Sunday deploys', until: new Date(Date.parse(startedAt) + 2 * HOUR).toISOString() } } : {};
    await store.recordRun({ ...base, ...maintenance, journeys: run === RUNS - 40 ? journeys.map((journey) => ({ ...journey, status: 'broken' as const })) : journeys });
  }
  await store.forTarget('demo').acknowledge({ journeyId: 'checkout', reason: 'Payment provider outage', ticket: 'https://tracker.example/OPS-12', since: new Date(END - HOUR).toISOString(), kinds: ['no-answer'] });
  await store.close();

  const reportsDir = path.join(scratch, 'reports');
  const run = await runCli(['report', '--since', '30d'], { MYSTERY_SHOPPER_STORE: storeFile, MYSTERY_SHOPPER_REPORTS_DIR: reportsDir, MYSTERY_SHOPPER_PDF: 'false' });
  assert.equal(run.exitCode, 1, run.output);
  dir = path.join(reportsDir, 'experience');
  report = JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8')) as ExperienceReport;
  browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route(/^(?!file:|data:)/, (route) => route.abort());
  await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
});

after(async () => {
  await browser?.close();
});

test('report.json carries the trends of the period --since names, runs in maintenance left out', () => {
  const trends = report.trends!;
  assert.equal(trends.days, 30);
  assert.equal(trends.runs, 30 * 4);
  assert.equal(trends.maintenanceRuns, 1);
  assert.equal(trends.score.length, 31, 'the first and the last day partly');
  const checkout = trends.journeys.find((journey) => journey.id === 'checkout')!;
  assert.deepEqual([checkout.judged, checkout.worked], [120, 114]);
  assert.equal(trends.repair.open[0]?.journey, 'checkout');
  assert.equal(trends.repair.open[0]?.ageMs, 30 * HOUR);
  assert.ok(trends.repair.medianMs !== null && trends.repair.repaired > 0);
  assert.deepEqual(report.journeys.find((journey) => journey.id === 'checkout')?.known?.ticket, 'https://tracker.example/OPS-12');
});

test('the score chart is there, named, and draws report.json\'s daily scores', async () => {
  const chart = page.locator('svg.score-chart');
  await assert.doesNotReject(chart.waitFor());
  assert.equal(await chart.getAttribute('role'), 'img');
  assert.equal(await page.locator('#score-chart-title').textContent(), 'Experience score per day, last 30 days');
  assert.match((await page.locator('#score-chart-desc').textContent()) ?? '', /^31 days with runs: first \d+, latest \d+, lowest \d+ on 2026-/);
  const drawn = await chart.locator('circle.point').evaluateAll((points) => points.map((point) => ({ day: point.getAttribute('data-day'), score: Number(point.getAttribute('data-score')), label: point.querySelector('title')?.textContent })));
  assert.deepEqual(drawn.map(({ day, score }) => ({ day, score })), report.trends!.score.map(({ day, score }) => ({ day, score })));
  assert.ok(drawn.every((point) => /: score \d+ \(\d+ runs?\)$/.test(point.label ?? '')), 'every point labelled');
  // Higher scores are drawn higher: the chart is the figures, not just near them.
  const ys = await chart.locator('circle.point').evaluateAll((points) => points.map((point) => Number(point.getAttribute('cy'))));
  const scores = report.trends!.score.map((point) => point.score);
  for (let i = 1; i < scores.length; i++) assert.equal(Math.sign(ys[i - 1]! - ys[i]!), Math.sign(scores[i]! - scores[i - 1]!));
});

test('the share chart and the owner chart draw report.json\'s figures, with words and hatching, not colour alone', async () => {
  const shares = await page.locator('#share-chart g.bar').evaluateAll((bars) => bars.map((bar) => ({ journey: bar.getAttribute('data-journey'), share: bar.getAttribute('data-share'), text: bar.querySelector('text:last-of-type')?.textContent })));
  assert.deepEqual(
    shares.map(({ journey, share }) => ({ journey, share: Number(share) })),
    report.trends!.journeys.map((journey) => ({ journey: journey.id, share: journey.share })),
  );
  for (const { share, text } of shares) assert.match(text ?? '', new RegExp(`^${share}% of \\d+ runs$`));
  assert.equal(await page.locator('#share-chart pattern#share-chart-hatch').count(), 1);
  assert.equal(await page.locator('#share-chart-title').textContent(), 'Share of runs that worked, per journey');
  const owners = await page.locator('#owner-chart g.bar').evaluateAll((bars) => bars.map((bar) => ({ owner: bar.getAttribute('data-owner'), broke: Number(bar.getAttribute('data-broke')), brokenNow: Number(bar.getAttribute('data-broken-now')) })));
  assert.deepEqual(owners, report.trends!.owners.map(({ owner, broke, brokenNow }) => ({ owner, broke, brokenNow })));
  assert.equal(await page.locator('.repair').getAttribute('data-median-ms'), String(report.trends!.repair.medianMs));
  assert.match((await page.locator('.open-repairs').textContent()) ?? '', /Journey checkout: broken for 1.3 days, since 21 Nov 2026, 00:00 UTC/);
});

test('a journey row links to its own history: runs, status changes, findings over time', async () => {
  const row = page.locator('tr[data-journey="enquiry"] a.journey-name');
  assert.equal(await row.getAttribute('href'), '#history-enquiry');
  await row.click();
  const history = page.locator('#history-enquiry');
  assert.ok(await history.isVisible());
  const enquiry = report.trends!.journeys.find((journey) => journey.id === 'enquiry')!;
  assert.match((await history.textContent()) ?? '', new RegExp(`Worked in ${enquiry.share}% of ${enquiry.judged} runs`));
  assert.match((await history.textContent()) ?? '', /Passed → Broken/);
  assert.match((await history.textContent()) ?? '', /no-answer in \d+ runs/);
  assert.equal(await history.locator('.trend svg[role="img"]').count(), enquiry.recentRuns.length);
  assert.match((await page.locator('tr[data-journey="checkout"]').textContent()) ?? '', /Known, since .*, ticket https:\/\/tracker.example\/OPS-12/);
});

test('the PDF carries the trends, and the screenshots for the docs', async () => {
  await writeExperiencePdf(path.join(dir, 'index.html'), path.join(dir, 'report.pdf'));
  // Chromium spaces some text out letter by letter: compare without white space.
  const pages = pdfPageTexts(await readFile(path.join(dir, 'report.pdf'))).map((text) => text.replace(/\s+/g, ''));
  assert.ok(pages.some((text) => text.includes('Trendsoverthelast30days') && text.includes('Timetorepair')));
  assert.ok(pages.some((text) => text.includes('Journeyhistories,last30days')));
  if (process.env.MYSTERY_SHOPPER_DOCS_SCREENSHOTS) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.resolve(import.meta.dirname, '../../docs/images/experience-report-first-view.png') });
    await page.locator('section.trends').screenshot({ path: path.resolve(import.meta.dirname, '../../docs/images/experience-report-trends.png') });
  }
});
