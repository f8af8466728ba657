import type { AlertChannel } from '../config/alert-schema.ts';
import { maintenanceAt, type MaintenanceWindowConfig } from '../config/maintenance-windows.ts';
import type { Evidence } from '../findings/finding.ts';
import type { Watch } from '../findings/watches.ts';
import type { ExperienceReport } from '../report-model/experience-report.ts';
import type { RunStore } from '../store/run-store.ts';
import { withHistory } from '../store/with-history.ts';
import { judgeDueWatches, type DueWatchOptions } from '../watches/judge-due-watches.ts';
import type { Judgement } from '../watches/judge.ts';
import type { EvidenceSource } from './collect-outcome.ts';
import { planEvidence } from './evidence-files.ts';
import { buildExperienceReport, type RunFacts, type ScenarioOutcome } from './experience-report.ts';
import { keptEvidence } from './kept-evidence.ts';
import { endOfRunWatchesOf, isJudgedAtEndOfRun, settleEndOfRunWatches } from './end-of-run-watches.ts';
import { maskOutgoing } from './mask-outgoing.ts';
import { judgedEvidenceSources, judgedWatchOutcomes } from './judged-watches.ts';
import { RunHistory } from './run-history.ts';
import { printSummary } from './summary.ts';
import { withTrends } from './trends.ts';
import { printExperiencePdf } from './write-experience-pdf.ts';
import { writeExperienceReport } from './write-experience-report.ts';

/** What the reporters collected of a run: nothing judged, built, masked or written yet. */
export interface CollectedRun {
  facts: Omit<RunFacts, 'finishedAt'>;
  outcomes: ScenarioOutcome[];
  /** Where the bytes of each piece of evidence the outcomes cite are. */
  evidenceSources: ReadonlyMap<Evidence, EvidenceSource>;
}

export interface RunEndSettings {
  /** Where the experience report is written: reports/experience. */
  reportDir: string;
  alerts: readonly AlertChannel[];
  /** The shopper's mailbox and phone, opened only when a due watch has a judge. */
  openChannels: DueWatchOptions['openChannels'];
  /** The target's maintenance windows: a run that starts in one is marked so (no alerts, in no trend). */
  maintenance?: readonly MaintenanceWindowConfig[];
}

/**
 * The end of a run, one pipeline in data order: judge the checks this run's scenarios left for its
 * end and the watches earlier runs left that are due →
 * build the report → mask what leaves (the one boundary) → place its evidence → add each journey's
 * history → record → write once (JSON, HTML, evidence) → alert → print; the PDF is the experience
 * reporter's to print after the summary (beside Allure's HTML). A run store that cannot
 * be used stops none of it: the report says why (`storeError`), and nothing is judged or alerted.
 * The experience reporter calls it once Playwright is done, in a run and in `mystery-shopper merge`.
 */
export async function endRun(run: CollectedRun, settings: RunEndSettings): Promise<ExperienceReport> {
  const history = await RunHistory.open();
  try {
    const judgements = await judgeDue(history, endOfRunWatchesOf(run.outcomes), run.facts.target, settings.openChannels);
    const built = inMaintenance(await buildReport(run, judgements), settings.maintenance ?? []);
    const sources = await maskOutgoing(built, new Map([...run.evidenceSources, ...judgedEvidenceSources(judgements)]));
    const evidence = planEvidence(settings.reportDir, built, sources);
    // Trends are derived from the store, so they are added once the run is in it, and not recorded.
    const report = await history.addTrends(await recordWithHistory(history, built));
    const html = await writeExperienceReport(settings.reportDir, report, evidence);
    // Alerts only once the run is recorded: the n-of-N rule reads it from the store.
    if (!report.storeError) await history.notify(report, settings.alerts);
    printSummary(report, html);
    return report;
  } finally {
    await history.close();
  }
}

/**
 * `mystery-shopper report`: the latest recorded run through the same pipeline from its history on
 * (nothing is judged, recorded or alerted again). Its evidence is read back from the report folder
 * when that is the same run's.
 */
export async function rebuildReport(store: RunStore, reportDir: string, trendDays?: number): Promise<ExperienceReport | undefined> {
  const latest = await store.latestRun();
  if (!latest) return undefined;
  const report = await withTrends(await withHistory(latest, store), store.forTarget(latest.target.id), trendDays);
  const sources = await maskOutgoing(report, await keptEvidence(reportDir, report));
  const html = await writeExperienceReport(reportDir, report, planEvidence(reportDir, report, sources));
  printSummary(report, html);
  await printExperiencePdf(reportDir);
  return report;
}

/**
 * The checks this run left for its end (the global teardown kept the run open until they were
 * due, src/runtime/end-of-run-waits.ts) and the watches earlier runs left that are due now, by the
 * same judges, the shopper's channels opened once. Only the target's own watches: a demo run never
 * judges a real company's.
 */
async function judgeDue(history: RunHistory, atEndOfRun: Watch[], target: RunFacts['target'], openChannels: DueWatchOptions['openChannels']): Promise<Judgement[]> {
  const now = new Date();
  return judgeDueWatches([...atEndOfRun, ...(await history.dueWatches(target.id, now))], { openChannels, companyName: target.name, now });
}

/**
 * This run's scenarios, settled with the checks judged at their end, and the judgements of earlier
 * runs' watches, as one report.
 */
async function buildReport(run: CollectedRun, judgements: readonly Judgement[]): Promise<ExperienceReport> {
  const outcomes = settleEndOfRunWatches(run.outcomes, judgements.filter(isJudgedAtEndOfRun));
  const judged = judgements.filter((judgement) => !isJudgedAtEndOfRun(judgement)).map((judgement) => judgement.judged);
  const report = buildExperienceReport({ ...run.facts, finishedAt: new Date().toISOString() }, [...outcomes, ...(await judgedWatchOutcomes(judged, outcomes))]);
  if (judged.length > 0) report.resolvedVerdicts = judged;
  return report;
}

/** The report marked "in maintenance" when its run started in one of the target's windows. */
function inMaintenance(report: ExperienceReport, windows: readonly MaintenanceWindowConfig[]): ExperienceReport {
  const period = maintenanceAt(windows, new Date(report.startedAt));
  return period ? { ...report, maintenance: { window: period.window, until: period.until } } : report;
}

/**
 * The report with each journey's history (this run included), recorded with the watches it leaves
 * and the ones it judged; when recording fails, the report without history that says why.
 */
async function recordWithHistory(history: RunHistory, built: ExperienceReport): Promise<ExperienceReport> {
  const report = await history.addHistory(built);
  if (report.storeError || (await history.record(report))) return report;
  return history.addHistory(built);
}
