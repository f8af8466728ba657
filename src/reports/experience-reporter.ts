import type { FullConfig, FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { collectOutcome, type CollectedOutcome } from './collect-outcome.ts';

type ReportingPipeline = typeof import('./report-experience.ts');

/**
 * Playwright reporter: collects each scenario's outcome as it ends, and hands the whole run to
 * reportExperience once Playwright is done. A shard only writes its blob report: this reporter runs
 * when the shards are merged. The report's JSON, HTML and summary come in onEnd; the PDF is started
 * then, beside Allure's HTML, and awaited in onExit, which Playwright calls once every reporter's
 * onEnd is done (the scrub reporter's last).
 *
 * The reporting pipeline (a second of imports: the judges' channels, the run history, the report
 * renderers) is loaded in onBegin and awaited in onEnd, so that it loads while the first worker
 * starts instead of before it.
 */
export default class ExperienceReporter implements Reporter {
  private readonly outcomes = new Map<string, CollectedOutcome & { result: TestResult }>();
  private metadata: Record<string, unknown> = {};
  private isShard = false;
  private pipeline?: Promise<ReportingPipeline>;
  private pdf?: Promise<void>;

  onBegin(config: FullConfig): void {
    this.metadata = config.metadata;
    this.isShard = config.shard !== null;
    if (this.isShard) return;
    this.pipeline = import('./report-experience.ts');
    this.pipeline.catch(() => {}); // reported when awaited, in onEnd
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    // A retried scenario is judged by its last attempt.
    this.outcomes.set(test.id, { ...collectOutcome(test, result), result });
  }

  async onEnd(result: FullResult): Promise<void> {
    if (!this.pipeline) return;
    const { reportExperience } = await this.pipeline;
    const reported = await reportExperience(this.metadata, result, [...this.outcomes.values()]);
    if (!reported) return;
    this.pdf = reported.pdf;
    this.pdf.catch(() => {}); // reported when awaited, in onExit
  }

  async onExit(): Promise<void> {
    await this.pdf;
  }

  printsToStdio(): boolean {
    return true;
  }
}
