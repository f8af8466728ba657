import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExperienceReport } from '../../src/report-model/experience-report.ts';
import { buildExperienceReport, type ScenarioOutcome } from '../../src/reports/experience-report.ts';
import { experienceScore } from '../../src/reports/experience-score.ts';
import { renderExperienceHtml } from '../../src/reports/render-experience-html.ts';
import { headlineOf } from '../../src/reports/headline.ts';

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
  assert.deepEqual(report.summary, { journeys: 4, passed: 0, broken: 1, degraded: 0, awaiting: 1, notRun: 1, needsMaintenance: 1, flaky: 0 });
  assert.equal(report.journeys[0]!.findings[0]!.kind, 'opt-out-ignored');
});

test('the HTML shows one row per journey with its status and what the customer meets, escaped', () => {
  const report = buildExperienceReport(RUN, [
    outcome('a', 'broken', { findings: [{ kind: 'unsubscribe-broken', customerImpact: 'The link <asks> me to sign in', expected: 'x', observed: 'y', evidence: [] }] }),
    outcome('b', 'passed'),
  ]);
  const html = renderExperienceHtml(report);
  assert.match(html, /<h1 id="verdict">1 of 2 customer journeys are broken for customers.<\/h1>/);
  assert.match(html, /data-journey="a"[^]*?Broken[^]*?The link &#60;asks&#62; me to sign in[^]*?<\/tr>/);
  assert.match(html, /data-journey="b"[^]*?Passed[^]*?<\/tr>/);
  assert.doesNotMatch(html, /<asks>/);
});

test('the experience score weighs judged journeys by severity, a degraded one earning half, the unjudged left out', () => {
  const journey = (status: ScenarioOutcome['status'], severity: string | null) => ({ status, severity });
  // critical passed (4 of 4) + high broken (0 of 3) + low degraded (0.5 of 1) = 4.5 of 8
  assert.equal(experienceScore([journey('passed', 'critical'), journey('broken', 'high'), journey('degraded', 'low'), journey('awaiting', 'critical'), journey('not-run', 'high'), journey('needs-maintenance', 'high')]), 56);
  assert.equal(experienceScore([journey('passed', null), journey('broken', 'unheard-of')]), 50, 'no or an unknown severity counts as medium');
  assert.equal(experienceScore([journey('awaiting', 'high'), journey('needs-maintenance', 'low')]), null, 'nothing judged, no score');
});

test('the headline is one sentence, the worst news first', () => {
  const summary = (counts: Partial<ExperienceReport['summary']>) => ({ summary: { journeys: 4, passed: 0, broken: 0, degraded: 0, awaiting: 0, notRun: 0, needsMaintenance: 0, ...counts } });
  assert.equal(headlineOf(summary({ broken: 1, needsMaintenance: 1, passed: 2 })), '1 of 4 customer journeys are broken for customers.');
  assert.equal(headlineOf(summary({ degraded: 1, passed: 3 })), 'No customer journey is broken; 1 of 4 works worse than promised.');
  assert.equal(headlineOf(summary({ needsMaintenance: 2, passed: 2 })), 'No broken customer journey found, but 2 of 4 could not be checked and need maintenance.');
  assert.equal(headlineOf(summary({ passed: 4 })), 'Every customer journey works as promised (4 audited).');
  assert.equal(headlineOf(summary({ passed: 2, awaiting: 1, notRun: 1 })), 'No broken customer journey: 2 of 4 work as promised, 1 awaiting a later verdict, 1 not run.');
});
