import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { JourneyStatus } from '../../src/report-model/experience-report.ts';
import { buildExperienceReport, type ScenarioOutcome } from '../../src/reports/experience-report.ts';
import { writeExperiencePdf } from '../../src/reports/write-experience-pdf.ts';
import { writeExperienceReport } from '../../src/reports/write-experience-report.ts';
import { pdfPageTexts } from '../support/pdf-text.ts';

// An audit of a larger company: 16 journeys, several broken with what the customer meets at length.
// Page 1 of the PDF is what an executive reads: it must hold every journey's row, not 13 of 16.

const STATUSES: JourneyStatus[] = ['broken', 'passed', 'degraded', 'passed', 'broken', 'awaiting', 'passed', 'needs-maintenance', 'passed', 'broken', 'not-run', 'passed', 'degraded', 'passed', 'broken', 'passed'];

test("the PDF's first page holds every journey row of a 16-journey audit, the QA evidence after it", async () => {
  const outcomes: ScenarioOutcome[] = STATUSES.map((status, index) => ({
    journeyId: `journey-${index + 1}`,
    journeyName: `Journey number ${index + 1} of the customer`,
    owner: 'customer-service',
    severity: 'high',
    channels: ['web', 'email'],
    scenario: `Scenario ${index + 1}`,
    status,
    durationMs: 12_000,
    findings:
      status === 'broken'
        ? [{ kind: 'price-inconsistent', customerImpact: 'My loyalty price is higher than the price anyone pays on the public website for the same car and dates', expected: 'at most the public price', observed: 'EUR 12 more', evidence: [] }]
        : [],
    ...(status === 'degraded' ? { degradations: [{ kind: 'slow', customerImpact: 'The acknowledgement came later than customer service promises', expected: 'within 5 minutes', observed: 'after 9 minutes', evidence: [] }] } : {}),
    ...(status === 'awaiting' ? { awaiting: 'My ticket arrives by email within the promised time' } : {}),
    ...(status === 'needs-maintenance' ? { problem: 'The journey could not find the newsletter sign-up form' } : {}),
  })) as ScenarioOutcome[];
  const report = buildExperienceReport({ runId: 'r-16', startedAt: '2026-11-22T08:00:00Z', finishedAt: '2026-11-22T08:20:00Z', target: { id: 'acme', name: 'Acme Corporation' }, faults: [] }, outcomes);
  for (const journey of report.journeys) journey.history = { since: '2026-11-20T08:00:00Z', streak: 3, trend: ['passed', 'broken', 'broken', 'broken', 'passed', 'broken', 'broken', 'broken', 'broken', journey.status] };
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'pdf-first-page-')), 'experience');
  const html = await writeExperienceReport(dir, report, []);
  await writeExperiencePdf(html, path.join(dir, 'report.pdf'));

  const pages = pdfPageTexts(await readFile(path.join(dir, 'report.pdf'))).map((text) => text.replace(/\s+/g, ''));
  const first = pages[0]!;
  const missing = outcomes.map((outcome) => outcome.journeyName).filter((name) => !first.includes(name.replace(/\s+/g, '')));
  assert.deepEqual(missing, [], 'every journey is on page 1');
  assert.ok(!first.includes('EvidenceforQA'), 'the QA evidence starts after page 1');
});
