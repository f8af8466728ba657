import assert from 'node:assert/strict';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import type { FullConfig, Suite, TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { FINDING_CONTENT_TYPE } from '../../src/findings/notebook.ts';
import ProgressReporter from '../../src/reports/progress-reporter.ts';

const TRACE = '/runs/reports/test-results/unsubscribe-one-click/trace.zip';

test('a broken scenario’s line says what the customer met, then where its trace is', (t) => {
  const finding = { kind: 'opt-out-ignored', customerImpact: 'I unsubscribed from Demo Shop, yet its offers keep arriving', expected: 'x', observed: 'y', evidence: [] };
  const lines = progressLines(t, result({
    status: 'failed',
    error: { message: 'BrokenExperience' },
    attachments: [
      { name: 'finding', contentType: FINDING_CONTENT_TYPE, body: Buffer.from(JSON.stringify(finding)) },
      { name: 'trace', contentType: 'application/zip', path: TRACE },
    ],
  }));
  assert.deepEqual(lines.slice(1), [
    '  ✗ unsubscribe › Unsubscribe with one click (2 s) — I unsubscribed from Demo Shop, yet its offers keep arriving',
    `      trace: npx playwright show-trace ${TRACE}`,
    '● unsubscribe: broken',
  ]);
});

test('a step the journey could not follow names the step, then where its trace is', (t) => {
  const failedStep = { title: 'When I unsubscribe with one click', category: 'test.step', error: { message: 'x' }, steps: [] } as unknown as TestStep;
  const lines = progressLines(t, result({
    status: 'failed',
    error: { message: 'locator.click: Timeout 15000ms exceeded.' },
    steps: [failedStep],
    attachments: [{ name: 'trace', contentType: 'application/zip', path: TRACE }],
  }));
  assert.deepEqual(lines.slice(1, 3), [
    '  ! unsubscribe › Unsubscribe with one click (2 s) — When I unsubscribe with one click: locator.click: Timeout 15000ms exceeded.',
    `      trace: npx playwright show-trace ${TRACE}`,
  ]);
});

test('a trace under the folder the run started in is shown relative to it, ready to copy', (t) => {
  const trace = path.join(process.cwd(), 'reports', 'test-results', 'unsubscribe-one-click', 'trace.zip');
  const lines = progressLines(t, result({ status: 'failed', error: { message: 'x' }, attachments: [{ name: 'trace', contentType: 'application/zip', path: trace }] }));
  assert.equal(lines[2], '      trace: npx playwright show-trace reports/test-results/unsubscribe-one-click/trace.zip');
});

/** What the reporter prints for a run of one scenario with this result. */
function progressLines(t: TestContext, outcome: TestResult): string[] {
  const log = t.mock.method(console, 'log', () => {});
  const reporter = new ProgressReporter();
  reporter.onBegin({} as FullConfig, { allTests: () => [scenario()] } as unknown as Suite);
  reporter.onTestEnd(scenario(), outcome);
  return log.mock.calls.map((call) => String(call.arguments[0]));
}

function scenario(): TestCase {
  return {
    title: 'Unsubscribe with one click',
    tags: ['@journey:unsubscribe'],
    annotations: [],
    retries: 0,
    parent: { title: 'Unsubscribe' },
    location: { file: '/x/.features-gen/features/unsubscribe.feature.spec.js', line: 6, column: 1 },
  } as unknown as TestCase;
}

function result(overrides: Partial<TestResult>): TestResult {
  return { status: 'passed', duration: 2000, attachments: [], annotations: [], retry: 0, steps: [], ...overrides } as TestResult;
}
