import path from 'node:path';
import type { FullResult } from '@playwright/test/reporter';
import { loadConfig } from '../config/load-config.ts';
import { openShopperInboxes } from '../runtime/open-channels.ts';
import { leftOutFeatures } from '../runtime/left-out-features.ts';
import { reportsDir } from '../runtime/paths.ts';
import { readRunMetadata } from '../runtime/run-metadata.ts';
import { failScenariosBrokenAtEndOfRun, type ReportedScenario } from './amend-playwright-results.ts';
import type { CollectedOutcome } from './collect-outcome.ts';
import { endRun } from './end-of-run.ts';
import { leftOutOutcomes } from './left-out-outcomes.ts';
import { reportedRun } from './reported-run.ts';
import { printExperiencePdf } from './write-experience-pdf.ts';

/**
 * Reports a finished run: hands its scenarios' outcomes (and the features left out of it) to the
 * end-of-run pipeline (src/reports/end-of-run.ts), which judges the due watches and writes the
 * experience report's JSON, HTML and summary; then fails, for Playwright's own reports written
 * after it, the scenarios judged broken at the end of the run, and starts printing the PDF, which
 * the caller awaits. Resolves to no PDF when there is nothing to report.
 */
export async function reportExperience(
  metadata: Record<string, unknown>,
  result: FullResult,
  collected: Array<CollectedOutcome & ReportedScenario>,
): Promise<{ pdf: Promise<void> } | undefined> {
  const config = await loadConfig();
  const run = reportedRun(config, metadata, result, collected.length > 0);
  if (!run) return undefined;
  // The run's own environment; when shards are merged, what their blobs' metadata carries.
  const leftOut = leftOutOutcomes(readRunMetadata(metadata)?.leftOut ?? leftOutFeatures());
  const reportDir = path.join(reportsDir(), 'experience');
  if (collected.length === 0 && leftOut.length === 0 && result.status !== 'passed') {
    // Playwright found no scenario ("No tests found" fails the run): an audit of nothing must not
    // pass, nor replace the last report (the CLI then exits 2). A run of no scenarios that only
    // judges earlier runs' due watches passes, and is reported.
    console.error(`Harness error: no scenario ran in run ${run.facts.runId}; the experience report in ${path.relative(process.cwd(), reportDir) || '.'} is left as it was`);
    return undefined;
  }
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
  failScenariosBrokenAtEndOfRun(collected, report);
  return { pdf: printExperiencePdf(reportDir) };
}
