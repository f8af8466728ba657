import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildExperienceReport, type ScenarioOutcome } from '../../src/reports/experience-report.ts';
import { renderExperienceHtml } from '../../src/reports/render-experience-html.ts';

const RUN = { runId: 'r1', startedAt: '2026-11-22T08:00:00Z', finishedAt: '2026-11-22T08:01:00Z', target: { id: 'demo', name: 'Demo Shop' }, faults: [] };

function outcome(journeyId: string, status: ScenarioOutcome['status'], extra: Partial<ScenarioOutcome> = {}): ScenarioOutcome {
  return { journeyId, journeyName: `Journey ${journeyId}`, channels: ['email'], scenario: `${journeyId} ${status}`, status, durationMs: 10, findings: [], ...extra };
}

test('a journey is as bad as its worst scenario, and a broken customer experience outranks everything', () => {
  const report = buildExperienceReport(RUN, [
    outcome('a', 'passed'),
    outcome('a', 'needs-maintenance'),
    outcome('a', 'broken', { findings: [{ kind: 'opt-out-ignored', customerImpact: 'offers keep coming', expected: 'none', observed: 'one', evidence: [] }] }),
    outcome('b', 'passed'),
    outcome('b', 'awaiting', { awaiting: 'due in 2 days' }),
    outcome('c', 'not-run'),
    outcome('d', 'needs-maintenance', { problem: 'locator not found' }),
  ]);
  assert.deepEqual(
    report.journeys.map((journey) => [journey.id, journey.status]),
    [['a', 'broken'], ['b', 'awaiting'], ['c', 'not-run'], ['d', 'needs-maintenance']],
  );
  assert.deepEqual(report.summary, { journeys: 4, passed: 0, broken: 1, degraded: 0, awaiting: 1, notRun: 1, needsMaintenance: 1 });
  assert.equal(report.journeys[0]!.findings[0]!.kind, 'opt-out-ignored');
});

test('the HTML shows one row per journey with its status and what the customer meets, escaped', () => {
  const report = buildExperienceReport(RUN, [
    outcome('a', 'broken', { findings: [{ kind: 'unsubscribe-broken', customerImpact: 'The link <asks> me to sign in', expected: 'x', observed: 'y', evidence: [] }] }),
    outcome('b', 'passed'),
  ]);
  const html = renderExperienceHtml(report);
  assert.match(html, /<h1>1 of 2 customer journeys are broken<\/h1>/);
  assert.match(html, /data-journey="a".*Broken.*The link &#60;asks&#62; me to sign in/);
  assert.match(html, /data-journey="b".*Passed/);
  assert.doesNotMatch(html, /<asks>/);
});
