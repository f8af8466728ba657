import type { JourneyStatus } from '../../report-model/experience-report.ts';
import { escapeHtml } from './escape.ts';

export const STATUS_LABEL: Record<JourneyStatus, string> = {
  passed: 'Passed',
  broken: 'Broken',
  degraded: 'Degraded',
  awaiting: 'Awaiting verdict',
  'not-run': 'Not run',
  'needs-maintenance': 'Needs maintenance',
};

/** Worst first, as an executive reads the table. */
export const DISPLAY_ORDER: JourneyStatus[] = ['broken', 'degraded', 'needs-maintenance', 'awaiting', 'not-run', 'passed'];

/**
 * One shape per status, so that a status never depends on colour alone (colour-blind readers, a
 * black-and-white print): a tick, a cross, a warning triangle, a wrench-square, a clock, a dash.
 */
const SHAPE: Record<JourneyStatus, string> = {
  passed: '<circle cx="8" cy="8" r="7.5" fill="currentColor"/><path d="M4.5 8.3l2.3 2.3 4.7-4.9" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>',
  broken: '<circle cx="8" cy="8" r="7.5" fill="currentColor"/><path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>',
  degraded: '<path d="M8 .8l7.4 13.6H.6z" fill="currentColor" stroke="currentColor" stroke-linejoin="round"/><path d="M8 5.4v4.2" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/><circle cx="8" cy="12" r="1" fill="#fff"/>',
  'needs-maintenance': '<rect x=".5" y=".5" width="15" height="15" rx="3" fill="currentColor"/><path d="M4.5 11.5l4-4M9.3 3.6a2.6 2.6 0 1 0 3.1 3.1l-1.6-.3-.5-1.4-1-1.4z" fill="none" stroke="#fff" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>',
  awaiting: '<circle cx="8" cy="8" r="6.7" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 4.3V8l2.6 1.6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>',
  'not-run': '<circle cx="8" cy="8" r="6.7" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M4.8 8h6.4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>',
};

/** The status's shape in its colour, named for screen readers and on hover by `label`. */
export function statusIcon(status: JourneyStatus, size = 16, label = STATUS_LABEL[status]): string {
  const name = escapeHtml(label);
  return `<svg class="icon s-${status}" width="${size}" height="${size}" viewBox="0 0 16 16" role="img" aria-label="${name}"><title>${name}</title>${SHAPE[status]}</svg>`;
}

/** The status as a badge: shape, colour and word (the word names it; the shape is decoration). */
export function statusBadge(status: JourneyStatus): string {
  const shape = `<svg class="icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">${SHAPE[status]}</svg>`;
  return `<span class="badge s-${status}">${shape}<span class="word">${STATUS_LABEL[status]}</span></span>`;
}
