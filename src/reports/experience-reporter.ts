import path from 'node:path';
import type { FullConfig, FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { loadConfig } from '../config/load-config.ts';
import { openShopperInboxes } from '../runtime/open-channels.ts';
import { reportsDir } from '../runtime/paths.ts';
import { judgeDueWatches } from '../verdicts/judge-due-watches.ts';
import { collectOutcome, type CollectedOutcome } from './collect-outcome.ts';
import { buildExperienceReport } from './experience-report.ts';
import { reportedRun } from './reported-run.ts';
import { judgedEvidenceSources, resolvedVerdictOutcomes } from './resolved-verdicts.ts';
import { RunHistory } from './run-history.ts';
import { summaryLines } from './summary.ts';
import { writeExperienceReport } from './write-experience-report.ts';

/**
 * Playwright reporter: judges the watches earlier runs left that are now due, turns the run into
 * reports/experience (report.json, index.html, evidence), records it in the run store (with the
 * watches this run leaves), from which each journey's history comes, and alerts on changes.
 * A shard only writes its blob report: this reporter runs when the shards are merged.
 */
export default class ExperienceReporter implements Reporter {
  private readonly outcomes = new Map<string, CollectedOutcome>();
  private metadata: Record<string, unknown> = {};
  private isShard = false;

  onBegin(config: FullConfig): void {
    this.metadata = config.metadata;
    this.isShard = config.shard !== null;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    // A retried scenario is judged by its last attempt.
    this.outcomes.set(test.id, collectOutcome(test, result));
  }

  async onEnd(result: FullResult): Promise<void> {
    if (this.isShard) return;
    const config = await loadConfig();
    const run = reportedRun(config, this.metadata, result, this.outcomes.size > 0);
    if (!run) return;
    const collected = [...this.outcomes.values()];
    const outcomes = collected.map((entry) => entry.outcome);
    const history = await RunHistory.open();
    const now = new Date();
    const judgements = await judgeDueWatches(await history.dueWatches(now), {
      openChannels: () => openShopperInboxes(run.dataDir, config.personas.shopper),
      companyName: run.facts.target.name,
      now,
    });
    const resolved = judgements.map((judgement) => judgement.verdict);
    const built = buildExperienceReport({ ...run.facts, finishedAt: new Date().toISOString() }, [
      ...outcomes,
      ...(await resolvedVerdictOutcomes(resolved, outcomes)),
    ]);
    if (resolved.length > 0) built.resolvedVerdicts = resolved;
    const evidenceSources = new Map([...collected.flatMap((entry) => [...entry.evidenceSources]), ...judgedEvidenceSources(judgements)]);

    const dir = path.join(reportsDir(), 'experience');
    let report = await history.addHistory(built);
    let html = await writeExperienceReport(dir, report, evidenceSources);
    // Recorded once written, so that the stored report carries the evidence paths the writer gave
    // it; the watches it leaves and the ones it judged are recorded with it, in one transaction.
    if (!report.storeError && !(await history.record(report))) {
      report = await history.addHistory(built);
      html = await writeExperienceReport(dir, report, evidenceSources);
    }
    // Alerts only once the run is recorded: the n-of-N rule reads it from the store.
    if (!report.storeError) await history.notify(report, config.alerts);
    await history.close();

    console.log(summaryLines(report, path.relative(process.cwd(), html)).join('\n'));
    for (const error of [report.storeError ?? [], report.harnessErrors ?? []].flat()) console.error(`Harness error: ${error}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
