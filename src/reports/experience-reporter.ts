import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { findRunEnvironment } from '../runtime/run-environment.ts';
import { reportsDir } from '../runtime/paths.ts';
import { collectOutcome, type CollectedOutcome } from './collect-outcome.ts';
import { buildExperienceReport } from './experience-report.ts';
import { summaryLines } from './summary.ts';
import { writeExperienceReport } from './write-experience-report.ts';

/** Playwright reporter: turns the run into reports/experience (report.json, index.html, evidence). */
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
    const report = buildExperienceReport(
      {
        runId: run.runId,
        startedAt: run.startedAt ?? this.startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        target: { id: run.target.id, name: run.target.name, ...(run.target.webUrl ? { webUrl: run.target.webUrl } : {}) },
        faults: run.faults,
      },
      collected.map((entry) => entry.outcome),
    );
    const evidenceSources = new Map(collected.flatMap((entry) => [...entry.evidenceSources]));
    const html = await writeExperienceReport(path.join(reportsDir(), 'experience'), report, evidenceSources);
    console.log(summaryLines(report, path.relative(process.cwd(), html)).join('\n'));
  }

  printsToStdio(): boolean {
    return true;
  }
}
