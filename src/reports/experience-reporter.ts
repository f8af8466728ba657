import path from 'node:path';
import type { FullConfig, FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { loadConfig } from '../config/load-config.ts';
import { openShopperInboxes } from '../runtime/open-channels.ts';
import { leftOutFeatures } from '../runtime/left-out-features.ts';
import { reportsDir } from '../runtime/paths.ts';
import { readRunMetadata } from '../runtime/run-metadata.ts';
import { failScenariosBrokenAtEndOfRun, type ReportedScenario } from './amend-playwright-results.ts';
import { collectOutcome, type CollectedOutcome } from './collect-outcome.ts';
import { endRun } from './end-of-run.ts';
import { leftOutOutcomes } from './left-out-outcomes.ts';
import { reportedRun } from './reported-run.ts';
import { printExperiencePdf } from './write-experience-pdf.ts';

/**
 * Playwright reporter: collects each scenario's outcome as it ends, and hands the whole run to the
 * end-of-run pipeline (src/reports/end-of-run.ts) once Playwright is done; then fails, for
 * Playwright's own reports written after it, the scenarios judged broken at the end of the run. A
 * shard only writes its blob report: this reporter runs when the shards are merged. The report's
 * JSON, HTML and summary come in onEnd; the PDF is started then, beside Allure's HTML, and awaited
 * in onExit, which Playwright calls once every reporter's onEnd is done (the scrub reporter's last).
 */
export default class ExperienceReporter implements Reporter {
  private readonly outcomes = new Map<string, CollectedOutcome & { result: TestResult }>();
  private metadata: Record<string, unknown> = {};
  private isShard = false;
  private pdf?: Promise<void>;

  onBegin(config: FullConfig): void {
    this.metadata = config.metadata;
    this.isShard = config.shard !== null;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    // A retried scenario is judged by its last attempt.
    this.outcomes.set(test.id, { ...collectOutcome(test, result), result });
  }

  async onEnd(result: FullResult): Promise<void> {
    if (this.isShard) return;
    const config = await loadConfig();
    const run = reportedRun(config, this.metadata, result, this.outcomes.size > 0);
    if (!run) return;
    const collected = [...this.outcomes.values()];
    // The run's own environment; when shards are merged, what their blobs' metadata carries.
    const leftOut = leftOutOutcomes(readRunMetadata(this.metadata)?.leftOut ?? leftOutFeatures());
    if (collected.length === 0 && leftOut.length === 0 && result.status !== 'passed') {
      // Playwright found no scenario ("No tests found" fails the run): an audit of nothing must not
      // pass, nor replace the last report (the CLI then exits 2). A run of no scenarios that only
      // judges earlier runs' due watches passes, and is reported.
      console.error(`Harness error: no scenario ran in run ${run.facts.runId}; the experience report in ${path.relative(process.cwd(), path.join(reportsDir(), 'experience')) || '.'} is left as it was`);
      return;
    }
    const reportDir = path.join(reportsDir(), 'experience');
    const report = await endRun(
      {
        facts: run.facts,
        outcomes: [...collected.map((entry) => entry.outcome), ...leftOut],
        evidenceSources: new Map(collected.flatMap((entry) => [...entry.evidenceSources])),
      },
      {
        reportDir,
        alerts: config.alerts,
        openChannels: () => openShopperInboxes(run.dataDir, config.personas.shopper),
        maintenance: config.targets[run.facts.target.id]?.maintenance ?? [],
      },
    );
    failScenariosBrokenAtEndOfRun(collected satisfies ReportedScenario[], report);
    this.pdf = printExperiencePdf(reportDir);
    this.pdf.catch(() => {}); // reported when awaited, in onExit
  }

  async onExit(): Promise<void> {
    await this.pdf;
  }

  printsToStdio(): boolean {
    return true;
  }
}
