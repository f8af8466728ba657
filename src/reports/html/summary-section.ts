import { formatDuration } from '../../config/duration.ts';
import { isLoopback } from '../../config/loopback.ts';
import type { ExperienceReport, JourneyStatus } from '../../report-model/experience-report.ts';
import { experienceScore } from '../experience-score.ts';
import { headlineOf } from '../headline.ts';
import { escapeHtml } from './escape.ts';
import { formatWhen } from './format.ts';
import { scoreRing } from './score-ring.ts';
import { DISPLAY_ORDER, STATUS_LABEL, statusIcon } from './status.ts';

/** The executive's first screen: who was audited when, the headline (its id stays "verdict"), the score, the counts. */
export function summarySection(report: ExperienceReport): string {
  // A run in a maintenance window does not count against the score.
  const score = report.maintenance ? null : experienceScore(report.journeys);
  const took = new Date(report.finishedAt).getTime() - new Date(report.startedAt).getTime();
  const facts = [
    formatWhen(report.startedAt),
    Number.isFinite(took) ? `took ${formatDuration(took)}` : '',
    `run ${report.runId}`,
    report.faults.length ? `demo faults: ${report.faults.join(', ')}` : '',
  ].filter(Boolean);
  // A loopback address (the demo company, a lab) died with the run: a link to it would lead nowhere.
  const target =
    report.target.webUrl && !isLoopback(report.target.webUrl)
      ? `<a href="${escapeHtml(report.target.webUrl)}">${escapeHtml(report.target.name)}</a>`
      : escapeHtml(report.target.name);
  return `<header class="masthead">
<p class="eyebrow">Customer experience audit · ${target}</p>
<h1 id="verdict">${escapeHtml(headlineOf(report))}</h1>
<p class="facts">${facts.map(escapeHtml).join(' · ')}</p>
${report.maintenance ? `<p class="in-maintenance"><strong>In maintenance</strong> (${escapeHtml(report.maintenance.window)}, until ${escapeHtml(formatWhen(report.maintenance.until))}): this run alerts no one and counts in no score, availability or time to repair.</p>` : ''}
${report.storeError ? `<p class="store-error">No run history in this report: ${escapeHtml(report.storeError)}</p>` : ''}
</header>
<section class="overview" aria-label="Summary">
<div class="score">
${scoreRing(score)}
<div><p class="score-title">Experience score</p>
<p class="score-text">${report.maintenance ? 'Not scored: the run fell in a maintenance window.' : score === null ? 'No journey could be judged in this run.' : 'Share of the judged journeys that work for customers, weighted by severity.'}</p></div>
</div>
<ul class="counts">${DISPLAY_ORDER.map((status) => count(status, countOf(report, status))).join('')}</ul>
</section>`;
}

function count(status: JourneyStatus, value: number): string {
  return `<li class="count${value === 0 ? ' zero' : ''}" data-status="${status}">${statusIcon(status, 18)}<span class="number">${value}</span><span class="label">${STATUS_LABEL[status]}</span></li>`;
}

function countOf(report: ExperienceReport, status: JourneyStatus): number {
  const { summary } = report;
  const counts: Record<JourneyStatus, number> = {
    passed: summary.passed,
    broken: summary.broken,
    degraded: summary.degraded,
    awaiting: summary.awaiting,
    'not-run': summary.notRun,
    'needs-maintenance': summary.needsMaintenance,
  };
  return counts[status];
}
