import type { TestResult } from '@playwright/test/reporter';
import type { ExperienceReport } from '../report-model/experience-report.ts';
import type { ScenarioOutcome } from './experience-report.ts';

/** One scenario's last attempt as Playwright reported it, and what the experience reporter read of it. */
export interface ReportedScenario {
  result: TestResult;
  outcome: ScenarioOutcome;
}

/**
 * A scenario whose check was judged broken at the end of the run had passed as far as Playwright
 * knew. Playwright's own reports (its HTML report, JUnit) are written from the results once the
 * run ends, and every reporter of the run shares the same result objects: so the result is failed
 * here, with the broken experience as its error, before those reporters write (the experience
 * reporter comes before them in playwright.config.ts), and QA's reports tell what the experience
 * report tells.
 */
export function failScenariosBrokenAtEndOfRun(scenarios: Iterable<ReportedScenario>, report: ExperienceReport): void {
  for (const { result, outcome } of scenarios) {
    const kinds = new Set((outcome.endOfRunWatches ?? []).map((watch) => watch.kind));
    if (kinds.size === 0 || result.status !== 'passed') continue;
    const journey = report.journeys.find((candidate) => candidate.id === outcome.journeyId);
    const broken = journey?.findings.filter((finding) => finding.scenario === outcome.scenario && kinds.has(finding.kind)) ?? [];
    if (broken.length === 0) continue;
    const errors = broken.map((finding) => ({
      message: `BrokenExperience (judged at the end of the run): ${finding.customerImpact}\n  expected: ${finding.expected}\n  observed: ${finding.observed}`,
    }));
    result.status = 'failed';
    result.error = errors[0];
    result.errors = [...result.errors, ...errors];
  }
}
