import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { loadConfig } from '../config/load-config.ts';
import { removePendingVerdict } from '../findings/pending-verdicts.ts';
import { findRunEnvironment } from '../runtime/run-environment.ts';
import { reportsDir } from '../runtime/paths.ts';
import { collectOutcome, type CollectedOutcome } from './collect-outcome.ts';
import { buildExperienceReport } from './experience-report.ts';
import { resolvedEvidenceSources, resolvedVerdictOutcomes } from './resolved-verdicts.ts';
import { RunHistory } from './run-history.ts';
import { summaryLines } from './summary.ts';
import { writeExperienceReport } from './write-experience-report.ts';

/**
 * Playwright reporter: turns the run into reports/experience (report.json, index.html, evidence)
 * records it in the run store, from which each journey's history comes, and alerts on changes.
 */
export default class ExperienceReporter implements Reporter {
  private readonly outcomes = new Map<string, CollectedOutcome>();
  private startedAt = new Date();

  onBegin(): void {
    this.startedAt = new Date();
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    // A retried scenario is judged by its last attempt.
    this.outcomes.set(test.id, collectOutcome(test, result));
  }

  async onEnd(_result: FullResult): Promise<void> {
    const run = findRunEnvironment();
    if (!run) return; // global setup failed: nothing ran, and the error was already reported
    const collected = [...this.outcomes.values()];
    const outcomes = collected.map((entry) => entry.outcome);
    const resolved = run.resolvedVerdicts ?? [];
    const built = buildExperienceReport(
      {
        runId: run.runId,
        startedAt: run.startedAt ?? this.startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        target: { id: run.target.id, name: run.target.name, ...(run.target.webUrl ? { webUrl: run.target.webUrl } : {}) },
        faults: run.faults,
      },
      [...outcomes, ...(await resolvedVerdictOutcomes(resolved, outcomes))],
    );
    if (resolved.length > 0) built.resolvedVerdicts = resolved;
    const evidenceSources = new Map([...collected.flatMap((entry) => [...entry.evidenceSources]), ...resolvedEvidenceSources(resolved)]);

    const dir = path.join(reportsDir(), 'experience');
    const history = await RunHistory.open();
    let report = await history.addHistory(built);
    let html = await writeExperienceReport(dir, report, evidenceSources);
    // Recorded once written, so that the stored report carries the evidence paths the writer gave it.
    if (!report.storeError && !(await history.record(report))) {
      report = await history.addHistory(built);
      html = await writeExperienceReport(dir, report, evidenceSources);
    }
    // Alerts only once the run is recorded: the n-of-N rule reads it from the store.
    if (!report.storeError) await history.notify(report, (await loadConfig()).alerts);
    await history.close();
    // A judged verdict stays pending until its run is recorded, so that a store failure loses none.
    if (!report.storeError) {
      for (const verdict of resolved) await removePendingVerdict(path.join(run.dataDir, 'pending-verdicts'), verdict);
    }

    console.log(summaryLines(report, path.relative(process.cwd(), html)).join('\n'));
    if (report.storeError) console.error(`Harness error: ${report.storeError}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
