import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../src/channels/web/chromium.ts';
import type { Evidence } from '../../src/findings/finding.ts';
import type { EvidenceSource } from '../../src/reports/collect-outcome.ts';
import { buildExperienceReport, type ScenarioOutcome } from '../../src/reports/experience-report.ts';
import { planEvidence } from '../../src/reports/evidence-files.ts';
import { maskOutgoing } from '../../src/reports/mask-outgoing.ts';
import { printExperiencePdf } from '../../src/reports/write-experience-pdf.ts';
import { writeExperienceReport } from '../../src/reports/write-experience-report.ts';
import { pdfPageTexts } from '../support/pdf-text.ts';

/*
 * The experience report seen as a person sees it: masked, placed and written as a run's end does, opened from disk in
 * Chromium, read as rendered text; and its PDF read back page by page, so that "the first page is
 * the summary" is checked on the PDF itself, not on the stylesheet that should make it so.
 */

const SECRET_VARIABLE = 'REPORT_VIEW_TEST_API_KEY';
const SECRET = 'sk-live-report-view-3141';
const CARD = '4242 4242 4242 4242';

const JOURNEYS = {
  rentCar: { id: 'rent-car', name: 'Rent a car with my loyalty card', impact: 'My loyalty price is higher than the price anyone pays' },
  unsubscribe: { id: 'unsubscribe', name: 'Unsubscribe from marketing email' },
  enquiry: { id: 'enquiry-answered', name: 'My enquiry gets answered', impact: 'The acknowledgement came later than customer service promises' },
  ticket: { id: 'pay-and-get-ticket', name: 'Pay for a flight and get the ticket', awaiting: 'My ticket arrives by email' },
  delivery: { id: 'track-delivery', name: 'Track my delivery' },
};

let browser: Browser;
let scratch: string;
let dir: string;

before(async () => {
  browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: CHROMIUM_ARGS });
  scratch = await mkdtemp(path.join(os.tmpdir(), 'experience-report-view-'));
  dir = path.join(scratch, 'reports', 'experience');
  process.env[SECRET_VARIABLE] = SECRET;
  const { outcomes, sources } = await sampleRun(scratch);
  const report = buildExperienceReport(
    { runId: '20261122-082728-73f4', startedAt: '2026-11-22T08:27:28Z', finishedAt: '2026-11-22T08:28:40Z', target: { id: 'demo', name: 'Demo Shop' }, faults: ['loyalty-price-higher'] },
    outcomes,
  );
  // What the run store adds: since when, how many runs in a row, the recent statuses.
  report.journeys.find((journey) => journey.id === JOURNEYS.rentCar.id)!.history = { since: '2026-11-20T08:00:00Z', streak: 3, trend: ['passed', 'passed', 'broken', 'broken', 'broken'] };
  // As the end of a run does (src/reports/end-of-run.ts): masked at the boundary, placed, written; then printed.
  await writeExperienceReport(dir, report, planEvidence(dir, report, await maskOutgoing(report, sources)));
  await printExperiencePdf(dir);
});

after(async () => {
  delete process.env[SECRET_VARIABLE];
  await browser?.close();
});

test('index.html, opened from disk, shows every journey with its status word and what the customer meets', async (t) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);

  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), '1 of 5 customer journeys are broken for customers.');
  const expectations: Array<[journey: string, status: string, text: string]> = [
    [JOURNEYS.rentCar.name, 'Broken', JOURNEYS.rentCar.impact],
    [JOURNEYS.enquiry.name, 'Degraded', JOURNEYS.enquiry.impact],
    [JOURNEYS.delivery.name, 'Needs maintenance', 'could not follow the company’s pages'],
    [JOURNEYS.ticket.name, 'Awaiting verdict', JOURNEYS.ticket.awaiting],
    [JOURNEYS.unsubscribe.name, 'Passed', 'Works as promised'],
  ];
  const table = page.getByRole('table').first();
  assert.equal(await table.locator('tbody tr').count(), expectations.length);
  for (const [journey, status, text] of expectations) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: journey }) });
    assert.equal(await row.count(), 1, `one row for ${journey}`);
    assert.ok(await row.isVisible(), `${journey} is visible`);
    const seen = await row.innerText();
    assert.match(seen, new RegExp(`\\b${status}\\b`), `${journey} shows the word "${status}": ${seen}`);
    assert.ok(seen.includes(text), `${journey} says "${text}": ${seen}`);
  }
  const rentCarRow = await table.getByRole('row').filter({ hasText: JOURNEYS.rentCar.name }).innerText();
  assert.match(rentCarRow, /Broken since 20 Nov 2026, 08:00 UTC\s+3 runs in a row/);
  assert.match(await table.getByRole('row').filter({ hasText: JOURNEYS.unsubscribe.name }).innerText(), /no history/);
  assert.match(await page.locator('.score').innerText(), /\b\d{1,3}\b[\s\S]*Experience score/);

  const everything = await page.locator('body').innerText();
  assert.ok(!everything.includes(CARD) && !everything.includes(SECRET), 'no card number and no secret on the page');
  assert.match(everything, /\[a masked card number ending 4242\]/);
  assert.match(everything, /Subject\s+Your Demo Shop car offer/);
  assert.match(everything, /npx playwright show-trace \.\.\/\.\.\/test-results\/track-delivery\/trace\.zip/);

  const images = await page.locator('img').evaluateAll((all) => all.map((image) => ({ src: (image as HTMLImageElement).src.slice(0, 40), width: (image as HTMLImageElement).naturalWidth })));
  assert.ok(images.length >= 2, 'the screenshots are there as thumbnails');
  assert.deepEqual(images.filter((image) => image.width === 0), [], 'every thumbnail loads from beside the report');
  assert.deepEqual(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:')), [], 'nothing is fetched from the network');

  const screenshot = path.join(scratch, 'experience-report.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  t.diagnostic(`screenshot: ${screenshot}`);
  await page.close();
});

test('report.pdf starts with the executive summary on page 1, and the QA evidence starts on a new page', async (t) => {
  const pdf = path.join(dir, 'report.pdf');
  t.diagnostic(`pdf: ${pdf}`);
  const pages = pdfPageTexts(await readFile(pdf)).map((text) => text.replace(/\s+/g, ''));
  const squeezed = (text: string) => text.replace(/\s+/g, '');
  assert.ok(pages.length >= 2, `the PDF has the summary and the evidence (${pages.length} pages)`);
  const [first, second] = pages as [string, string];
  for (const expected of ['1 of 5 customer journeys are broken for customers.', 'Experience score', ...Object.values(JOURNEYS).map((journey) => journey.name), JOURNEYS.rentCar.impact]) {
    assert.ok(first.includes(squeezed(expected)), `page 1 says "${expected}"`);
  }
  assert.ok(!first.includes(squeezed('Evidence for QA')), 'the QA evidence is not on page 1');
  assert.ok(second.startsWith(squeezed('Evidence for QA')), `page 2 starts with the QA evidence: ${second.slice(0, 80)}`);
  assert.ok(!pages.join('').includes(squeezed(CARD)) && !pages.join('').includes(SECRET), 'no card number and no secret in the PDF');
});

test('report.json keeps the brief’s shape, with the evidence paths beside it and the secrets masked', async () => {
  const json = await readFile(path.join(dir, 'report.json'), 'utf8');
  const report = JSON.parse(json);
  assert.deepEqual(Object.keys(report.summary), ['journeys', 'passed', 'broken', 'degraded', 'awaiting', 'notRun', 'needsMaintenance', 'flaky']);
  const finding = report.journeys.find((journey: { id: string }) => journey.id === JOURNEYS.rentCar.id).findings[0];
  assert.deepEqual(Object.keys(finding).slice(0, 5), ['kind', 'customerImpact', 'expected', 'observed', 'evidence']);
  assert.deepEqual(finding.evidence.map((evidence: Evidence) => evidence.path), ['evidence/rent-car/1-car-search-results-signed-in.png', 'evidence/rent-car/2-offer-email-your-demo-shop-car-offer.eml']);
  assert.ok(!json.includes(CARD) && !json.includes(SECRET));
  const eml = await readFile(path.join(dir, 'evidence', 'rent-car', '2-offer-email-your-demo-shop-car-offer.eml'), 'utf8');
  assert.ok(!eml.includes(CARD) && !eml.includes(SECRET), 'the copied email is masked too');
});

/** Scenario outcomes as the reporter collects them, with real evidence files behind them. */
async function sampleRun(folder: string): Promise<{ outcomes: ScenarioOutcome[]; sources: Map<Evidence, EvidenceSource> }> {
  const sources = new Map<Evidence, EvidenceSource>();
  const file = async (name: string, body: string | Buffer, contentType: string): Promise<Evidence> => {
    const where = path.join(folder, 'test-results', name);
    await writeFile(where, body).catch(async () => {
      await import('node:fs/promises').then(({ mkdir }) => mkdir(path.dirname(where), { recursive: true }));
      await writeFile(where, body);
    });
    const evidence = { name: path.basename(name).replace(/\.\w+$/, '').replace(/-/g, ' '), contentType };
    sources.set(evidence, { name: evidence.name, contentType, path: where });
    return evidence;
  };
  const page = await browser.newPage({ viewport: { width: 800, height: 500 } });
  await page.setContent('<h1 style="font:28px sans-serif">Compact car, 5 days</h1><p style="font:20px sans-serif">Member price € 289.00</p>');
  const carSearch = await file('rent-car/car-search-results-signed-in.png', await page.screenshot(), 'image/png');
  await page.setContent('<h1 style="font:28px sans-serif;color:#b00">Tracking</h1><p>Something went wrong</p>');
  const failure = await file('track-delivery/test-failed-1.png', await page.screenshot(), 'image/png');
  await page.close();
  const offer = await file(
    'rent-car/offer-email-your-demo-shop-car-offer.eml',
    [
      'From: Demo Shop <offers@demo-shop.test>',
      'To: sam+run-1@shopper.test',
      'Subject: Your Demo Shop car offer',
      'Date: Sun, 22 Nov 2026 08:28:01 +0000',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Dear Sam,',
      '',
      'your compact car for 5 days costs € 309.00.',
      `We kept your card ${CARD} on file (API key ${SECRET}).`,
    ].join('\r\n'),
    'message/rfc822',
  );
  const trace = await file('track-delivery/trace.zip', Buffer.from('PK'), 'application/zip');
  const base = { owner: 'car-rental', severity: 'high', channels: ['web', 'email'], durationMs: 5400, findings: [] };
  const outcomes: ScenarioOutcome[] = [
    {
      ...base,
      journeyId: JOURNEYS.rentCar.id,
      journeyName: JOURNEYS.rentCar.name,
      scenario: 'My loyalty price and my emailed offer match what the site shows',
      status: 'broken',
      findings: [
        {
          kind: 'price-inconsistent',
          customerImpact: JOURNEYS.rentCar.impact,
          expected: 'Signed in with my loyalty card: at most € 289.00, the public price',
          observed: 'Signed in: € 309.00; without signing in: € 289.00',
          evidence: [carSearch, offer],
          scenario: 'My loyalty price and my emailed offer match what the site shows',
        },
      ],
    },
    { ...base, owner: 'marketing', journeyId: JOURNEYS.unsubscribe.id, journeyName: JOURNEYS.unsubscribe.name, scenario: 'Unsubscribe with one click', status: 'passed' },
    {
      ...base,
      owner: 'customer-service',
      journeyId: JOURNEYS.enquiry.id,
      journeyName: JOURNEYS.enquiry.name,
      scenario: 'Ask customer service by email',
      status: 'degraded',
      degradations: [{ kind: 'soft-expectation', customerImpact: JOURNEYS.enquiry.impact, expected: 'An acknowledgement within 5 min', observed: 'It came after 7 min', evidence: [] }],
    },
    {
      ...base,
      owner: 'payments',
      severity: 'critical',
      journeyId: JOURNEYS.ticket.id,
      journeyName: JOURNEYS.ticket.name,
      scenario: 'Pay and get the ticket',
      status: 'awaiting',
      awaiting: `${JOURNEYS.ticket.awaiting} — due 2026-11-22T09:28:40.000Z (.mystery-shopper/watches/x.json)`,
    },
    {
      ...base,
      owner: 'logistics',
      severity: 'medium',
      journeyId: JOURNEYS.delivery.id,
      journeyName: JOURNEYS.delivery.name,
      scenario: 'Order with home delivery and follow the parcel',
      status: 'needs-maintenance',
      problem: 'locator.click: Timeout 15000ms exceeded.',
      artifacts: [trace, failure],
    },
  ];
  return { outcomes, sources };
}
