import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderExperienceHtml } from '../../src/reports/render-experience-html.ts';
import { summaryLines } from '../../src/reports/summary.ts';
import { runReport } from '../support/run-reports.ts';

const report = runReport('r1', '2026-12-06T00:30:00.000Z', { enquiry: 'broken', unsubscribe: 'passed' });

test('a run in maintenance says so under the headline, has no score, and its summary line says why', () => {
  const inWindow = { ...report, maintenance: { window: 'Sunday deploys', until: '2026-12-06T02:00:00.000Z' } };
  const html = renderExperienceHtml(inWindow);
  assert.match(html, /<p class="in-maintenance"><strong>In maintenance<\/strong> \(Sunday deploys, until 6 Dec 2026, 02:00 UTC\)/);
  assert.match(html, /Not scored: the run fell in a maintenance window\./);
  assert.match(html, /<text [^>]*>–<\/text>/, 'the ring shows no score');
  assert.match(summaryLines(inWindow, 'index.html')[1]!, /— in maintenance \(Sunday deploys, until 2026-12-06T02:00:00.000Z\): no alerts, not in the trends$/);
  assert.doesNotMatch(renderExperienceHtml(report), /class="in-maintenance"/);
});

test('a known issue is marked in its row, with its ticket linked, and in the summary', () => {
  const known = { reason: 'Relay <swap>', ticket: 'https://tracker.example/OPS-12', since: '2026-12-05T10:00:00.000Z', until: '2026-12-10T00:00:00.000Z' };
  const marked = { ...report, journeys: report.journeys.map((journey) => (journey.id === 'enquiry' ? { ...journey, known } : journey)) };
  assert.match(
    renderExperienceHtml(marked),
    /<p class="known"><strong>Known<\/strong>, since 5 Dec 2026, 10:00 UTC, ticket <a href="https:\/\/tracker.example\/OPS-12">https:\/\/tracker.example\/OPS-12<\/a>, until 10 Dec 2026, 00:00 UTC: Relay &#60;swap&#62;<\/p>/,
  );
  assert.ok(summaryLines(marked, 'index.html').includes('  broken            enquiry (no-answer) — known since 2026-12-05T10:00:00.000Z, ticket https://tracker.example/OPS-12'));
});
