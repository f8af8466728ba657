import type { JourneyStatus } from '../../report-model/experience-report.ts';
import { escapeHtml } from './escape.ts';
import { STATUS_LABEL, statusIcon } from './status.ts';

/** The statuses of the recent runs, oldest first, as a strip of shapes; this run is marked. */
export function trendStrip(trend: readonly JourneyStatus[]): string {
  const summary = `Recent runs, oldest first: ${trend.map((status) => STATUS_LABEL[status].toLowerCase()).join(', ')}`;
  const dots = trend.map((status, index) => {
    const current = index === trend.length - 1;
    const label = `${current ? 'This run' : `${trend.length - 1 - index} ${trend.length - 1 - index === 1 ? 'run' : 'runs'} ago`}: ${STATUS_LABEL[status]}`;
    return `<span class="dot${current ? ' current' : ''}">${statusIcon(status, 12, label)}</span>`;
  });
  return `<span class="trend" role="group" aria-label="${escapeHtml(summary)}">${dots.join('')}</span>`;
}
