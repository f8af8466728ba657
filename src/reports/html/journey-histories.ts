import type { JourneyReport } from '../../report-model/experience-report.ts';
import type { Trends } from '../../report-model/trends.ts';
import { formatDuration } from '../../config/duration.ts';
import { escapeHtml } from './escape.ts';
import { formatWhen } from './format.ts';
import { STATUS_LABEL, statusIcon } from './status.ts';

const SHOWN_CHANGES = 12;

/** The anchor a journey's row links to. */
export function historyAnchor(journeyId: string): string {
  return `history-${journeyId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Each journey's own history over the period: its latest runs, its status changes and the findings its runs met. */
export function journeyHistories(trends: Trends, journeys: readonly JourneyReport[]): string {
  const names = new Map(journeys.map((journey) => [journey.id, journey.name]));
  return `<section class="histories" aria-labelledby="histories-title">
<h2 id="histories-title">Journey histories, last ${trends.days} days</h2>
${trends.journeys.map((journey) => history(journey, names.get(journey.id) ?? journey.id)).join('\n')}
</section>`;
}

function history(journey: Trends['journeys'][number], name: string): string {
  const runs = journey.recentRuns
    .slice()
    .reverse()
    .map((run) => `<span class="dot">${statusIcon(run.status, 11, `${formatWhen(run.at)}: ${STATUS_LABEL[run.status]}${run.maintenance ? ' (in maintenance)' : ''}`)}</span>`)
    .join('');
  const changes = journey.changes
    .slice(-SHOWN_CHANGES)
    .reverse()
    .map((change) => `<li>${escapeHtml(formatWhen(change.at))}: ${change.from ? `${STATUS_LABEL[change.from]} → ` : ''}${STATUS_LABEL[change.to]} <span class="muted">(run ${escapeHtml(change.runId)})</span></li>`)
    .join('');
  const findings = journey.findings
    .map((finding) => `<li><code>${escapeHtml(finding.kind)}</code> in ${finding.runs} ${finding.runs === 1 ? 'run' : 'runs'}, ${escapeHtml(formatWhen(finding.first))} to ${escapeHtml(formatWhen(finding.last))}</li>`)
    .join('');
  const repair = journey.repair.medianMs === null ? '' : ` · repaired ${journey.repair.repaired}× (median ${formatDuration(journey.repair.medianMs)})`;
  return `<article class="history" id="${historyAnchor(journey.id)}" data-journey="${escapeHtml(journey.id)}">
<h3>${escapeHtml(name)}</h3>
<p class="muted">${journey.share === null ? 'Not judged in the period' : `Worked in ${journey.share}% of ${journey.judged} runs`}${repair}</p>
<p><span class="trend" role="group" aria-label="Latest ${journey.recentRuns.length} runs, oldest first">${runs}</span></p>
<h4>Status changes${journey.changes.length > SHOWN_CHANGES ? ` (latest ${SHOWN_CHANGES} of ${journey.changes.length})` : ''}</h4>
${changes ? `<ul>${changes}</ul>` : '<p class="muted">None in the period.</p>'}
<h4>Findings over time</h4>
${findings ? `<ul>${findings}</ul>` : '<p class="muted">None in the period.</p>'}
</article>`;
}
