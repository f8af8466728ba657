import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { TestInfo } from '@playwright/test';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { readJourneyCatalogue } from '../../src/catalogue/journey-catalogue.ts';
import { ConfigError } from '../../src/config/config-error.ts';
import { DEGRADATION_CONTENT_TYPE, FINDING_CONTENT_TYPE, Notebook } from '../../src/findings/notebook.ts';
import { collectOutcome } from '../../src/reports/collect-outcome.ts';
import { buildExperienceReport } from '../../src/reports/experience-report.ts';
import { readJourneyTags } from '../../src/catalogue/journey-tags.ts';

const RUN = { runId: 'r1', startedAt: '2026-11-22T08:00:00Z', finishedAt: '2026-11-22T08:01:00Z', target: { id: 'demo', name: 'Demo Shop' }, faults: [] };
const SLOW_TAGS = ['@journey:rent-car', '@owner:car-rental', '@max-duration:2s'];

test('a scenario that gets through but takes longer than its @max-duration is degraded, with a note saying so', () => {
  const { outcome } = collectOutcome(scenario(SLOW_TAGS), result({ duration: 3500 }));
  assert.equal(outcome.status, 'degraded');
  assert.deepEqual(outcome.degradations, [
    {
      kind: 'slow-journey',
      customerImpact: 'It took 3.5 s, longer than the 2 s it should take',
      expected: 'Done within 2 s (@max-duration:2s)',
      observed: 'Took 3.5 s',
      evidence: [],
      scenario: 'Rent a compact car',
    },
  ]);
  assert.equal(collectOutcome(scenario(SLOW_TAGS), result({ duration: 1500 })).outcome.status, 'passed');
});

test('slowness never hides worse: a slow scenario that broke or could not go on keeps that status', () => {
  const finding = { kind: 'price-inconsistent', customerImpact: 'dearer', expected: 'a', observed: 'b', evidence: [] };
  const broken = collectOutcome(scenario(SLOW_TAGS), result({ status: 'failed', duration: 9000, attachments: [json('finding', FINDING_CONTENT_TYPE, finding)] }));
  assert.equal(broken.outcome.status, 'broken');
  assert.equal(broken.outcome.degradations, undefined);
  assert.equal(collectOutcome(scenario(SLOW_TAGS), result({ status: 'failed', duration: 9000 })).outcome.status, 'needs-maintenance');
});

test('a soft expectation recorded in the notebook makes the scenario degraded without failing it', async () => {
  const attachments: TestResult['attachments'] = [];
  const testInfo = { attach: async (name: string, { body, contentType }: { body: string; contentType: string }) => void attachments.push({ name, contentType, body: Buffer.from(body) }) };
  const notebook = new Notebook(testInfo as unknown as TestInfo);
  await notebook.degraded({ customerImpact: 'The acknowledgement came late', expected: 'within 5 min', observed: 'after 7 min' });
  notebook.failOnFindings(); // nothing to fail on: a degradation is not a broken experience
  assert.deepEqual(attachments.map((attachment) => attachment.contentType), [DEGRADATION_CONTENT_TYPE]);

  const { outcome } = collectOutcome(scenario(['@journey:enquiry-answered']), result({ attachments }));
  assert.equal(outcome.status, 'degraded');
  assert.equal(outcome.degradations?.[0]?.kind, 'soft-expectation');
  assert.equal(outcome.degradations?.[0]?.customerImpact, 'The acknowledgement came late');

  const report = buildExperienceReport(RUN, [outcome, collectOutcome(scenario(['@journey:enquiry-answered']), result({})).outcome]);
  assert.equal(report.journeys[0]!.status, 'degraded');
  assert.equal(report.summary.degraded, 1);
  assert.equal(report.journeys[0]!.degradations?.length, 1);
});

test('a scenario’s own @max-duration wins over its feature’s', () => {
  assert.equal(readJourneyTags(['@max-duration:10m', '@max-duration:30s']).maxDuration, '30s');
});

test('a @max-duration that is not a duration is named with its feature file and line before anything runs', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'features-'));
  await writeFile(path.join(dir, 'slow.feature'), '@journey:slow\nFeature: x\n\n  @max-duration:soon\n  Scenario: y\n    Given a\n');
  await assert.rejects(readJourneyCatalogue(dir), (error: Error) => error instanceof ConfigError && /slow\.feature:5: @max-duration:soon: "soon" is not a duration/.test(error.message));
});

function scenario(tags: string[]): TestCase {
  return {
    title: 'Rent a compact car',
    tags,
    annotations: [],
    parent: { title: 'Rent a car with my loyalty card' },
    location: { file: '/x/.features-gen/features/rent-car.feature.spec.js', line: 6, column: 1 },
  } as unknown as TestCase;
}

function result(overrides: Partial<TestResult>): TestResult {
  return { status: 'passed', duration: 1000, attachments: [], annotations: [], retry: 0, ...overrides } as TestResult;
}

function json(name: string, contentType: string, value: unknown): TestResult['attachments'][number] {
  return { name, contentType, body: Buffer.from(JSON.stringify(value)) };
}
