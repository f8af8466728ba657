import { DISPLAY_ORDER, STATUS_LABEL, statusIcon } from './status.ts';

/** What the shapes mean and how the score is made, under the table: the page explains itself. */
export function legend(): string {
  return `<p class="legend" aria-hidden="true">${DISPLAY_ORDER.map((status) => `<span>${statusIcon(status, 12)}${STATUS_LABEL[status]}</span>`).join('')}<span>Recent runs: oldest first, this run outlined</span></p>
<p class="about">Experience score: the share of the judged journeys that work for customers, each weighted by its severity (critical 4, high 3, medium 2, low 1); a degraded journey counts half. Journeys awaiting a verdict, not run or needing maintenance were not judged in this run and are left out. Needs maintenance means the audit itself could not follow the company’s pages: a task for QA, not a customer problem.</p>`;
}
