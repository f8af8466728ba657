import path from 'node:path';
import type { FullConfig, Reporter, Suite, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { formatDuration } from '../config/duration.ts';
import { maskKnownSecrets } from '../secrets/known-secrets.ts';
import { collectOutcome, journeyIdOf } from './collect-outcome.ts';
import type { ScenarioStatus } from '../report-model/experience-report.ts';
import { worstStatus } from './experience-report.ts';
import { PAYS_TAG } from '../runtime/retries.ts';

const MARK: Record<ScenarioStatus, string> = {
  passed: '✓',
  broken: '✗',
  degraded: '~',
  awaiting: '…',
  'not-run': '-',
  'needs-maintenance': '!',
};

/** One line per scenario as it ends, and one per journey when its last scenario is done. */
export default class ProgressReporter implements Reporter {
  private readonly remaining = new Map<string, number>();
  private readonly worst = new Map<string, ScenarioStatus>();
  /** Journeys with a check left for the end of the run: their verdict comes with the summary. */
  private readonly judgedAtEnd = new Set<string>();

  onBegin(config: FullConfig, suite: Suite): void {
    for (const test of suite.allTests()) {
      const journey = journeyIdOf(test);
      this.remaining.set(journey, (this.remaining.get(journey) ?? 0) + 1);
    }
    const scenarios = suite.allTests().length;
    say(`Auditing ${this.remaining.size} journeys (${scenarios} scenarios)`);
    const paying = suite.allTests().filter((test) => test.tags.includes(PAYS_TAG));
    if (paying.length > 0 && config.projects.some((project) => project.retries > 0)) {
      say(`  ${paying.length} scenario(s) tagged ${PAYS_TAG} are never retried: a retry would place a new order and pay again`);
    }
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'passed' && result.retry < test.retries && result.status !== 'skipped') {
      say(`  ↻ ${test.title}: retrying (${result.error?.message?.split('\n')[0] ?? result.status})`);
      return;
    }
    const { outcome } = collectOutcome(test, result);
    const atEnd = outcome.endOfRunWatches?.map((watch) => watch.check).join('; ');
    if (atEnd) this.judgedAtEnd.add(outcome.journeyId);
    const detail = outcome.findings[0]?.customerImpact ?? outcome.degradations?.[0]?.customerImpact ?? outcome.awaiting ?? (atEnd && `judged at the end of the run: ${atEnd}`) ?? outcome.problem;
    const flaky = outcome.flaky ? ` — flaky: passed on retry ${result.retry}` : '';
    say(`  ${MARK[outcome.status]} ${outcome.journeyId} › ${outcome.scenario} (${formatDuration(outcome.durationMs)})${detail ? ` — ${detail}` : ''}${flaky}`);
    const trace = result.attachments.find((attachment) => attachment.name === 'trace')?.path;
    if (outcome.status === 'broken' || outcome.status === 'needs-maintenance') {
      if (trace) say(`      trace: npx playwright show-trace ${fromHere(trace)}`);
    }
    this.settle(outcome.journeyId, outcome.status);
  }

  onError(error: TestError): void {
    console.error(maskKnownSecrets(`Harness error: ${error.message ?? error.value ?? 'unknown error'}`));
  }

  printsToStdio(): boolean {
    return true;
  }

  private settle(journey: string, status: ScenarioStatus): void {
    const worst = this.worst.get(journey);
    this.worst.set(journey, worst ? worstStatus([worst, status]) : status);
    const left = (this.remaining.get(journey) ?? 1) - 1;
    this.remaining.set(journey, left);
    if (left === 0) say(`● ${journey}: ${this.worst.get(journey) === 'awaiting' && this.judgedAtEnd.has(journey) ? 'judged at the end of the run' : this.worst.get(journey)}`);
  }
}

/** A path under the folder the run started in, as a relative one to copy; any other as it is. */
function fromHere(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** Every line passes the masker: an error message may quote what the shopper typed. */
function say(line: string): void {
  console.log(maskKnownSecrets(line));
}
