import type { JourneyReport, JourneyStatus } from '../../report-model/experience-report.ts';
import { escapeHtml } from './escape.ts';
import { formatWhen, humaniseTimestamps } from './format.ts';
import { historyAnchor } from './journey-histories.ts';
import { knownIssueNote } from './known-issue.ts';
import { inReadingOrder } from './reading-order.ts';
import { STATUS_LABEL, statusBadge } from './status.ts';
import { trendStrip } from './trend-strip.ts';

/** One row per journey, worst first, then the most severe: what an executive reads. */
export function journeyTable(journeys: readonly JourneyReport[], linkHistories = false): string {
  return `<section class="journeys" aria-labelledby="journeys-title">
<h2 id="journeys-title">Customer journeys</h2>
<table>
<colgroup><col class="c-journey"><col class="c-status"><col class="c-experience"><col class="c-since"><col class="c-trend"><col class="c-owner"></colgroup>
<thead><tr><th scope="col">Journey</th><th scope="col">Status</th><th scope="col">What the customer meets</th><th scope="col">Since</th><th scope="col">Recent runs</th><th scope="col">Owner, severity</th></tr></thead>
<tbody>
${inReadingOrder(journeys).map((journey) => journeyRow(journey, linkHistories)).join('\n')}
</tbody>
</table>
</section>`;
}

/** With histories in the page, the journey's name links to its own. */
function journeyRow(journey: JourneyReport, linkHistory: boolean): string {
  const name = escapeHtml(journey.name);
  const channels = journey.channels.length ? `<span class="channels">${journey.channels.map(escapeHtml).join(' · ')}</span>` : '';
  return `<tr data-journey="${escapeHtml(journey.id)}" data-status="${journey.status}" class="row-${journey.status}">
<th scope="row">${linkHistory ? `<a class="journey-name" href="#${historyAnchor(journey.id)}">${name}</a>` : `<span class="journey-name">${name}</span>`}${channels}</th>
<td>${statusBadge(journey.status)}${knownIssueNote(journey.known)}</td>
<td class="experience">${customerExperience(journey)}</td>
<td class="since">${since(journey)}</td>
<td>${trendStrip(journey.history?.trend.length ? journey.history.trend : [journey.status])}</td>
<td>${journey.owner ? escapeHtml(journey.owner) : '<span class="muted">no owner</span>'}${journey.severity ? `<span class="severity sev-${escapeHtml(journey.severity)}">${escapeHtml(journey.severity)}</span>` : ''}</td>
</tr>`;
}

/** What the customer meets, in the customer's words; the harness's own trouble said as such. */
function customerExperience(journey: JourneyReport): string {
  const lines = (texts: string[]) => [...new Set(texts)].map((text) => `<p>${escapeHtml(text)}</p>`).join('');
  switch (journey.status) {
    case 'broken':
      return lines(journey.findings.map((finding) => finding.customerImpact));
    case 'degraded':
      return lines((journey.degradations ?? []).map((degradation) => degradation.customerImpact));
    case 'awaiting':
      return lines(journey.scenarios.flatMap((scenario) => (scenario.awaiting ? [`Verdict due later: ${humaniseTimestamps(withoutFile(scenario.awaiting))}`] : [])));
    case 'needs-maintenance':
      return '<p>The audit could not follow the company’s pages: a task for QA, not a customer problem.</p>';
    case 'not-run':
      return lines(journey.scenarios.map((scenario) => scenario.problem ?? 'Not run in this audit'));
    case 'passed':
      return `<p class="muted">Works as promised</p>${lines(journey.scenarios.flatMap((scenario) => (scenario.notChecked ?? []).map((check) => `Not checked: ${check}`)))}`;
  }
}

/** Since when the journey has had its status, and how many runs in a row (from the run history). */
function since(journey: JourneyReport): string {
  const history = journey.history;
  if (!history) return '<span class="muted">no history</span>';
  const runs = history.streak === 1 ? 'this run only' : `${history.streak} runs in a row`;
  return `<span class="since-label">${escapeHtml(sinceLabel(journey.status))} ${escapeHtml(formatWhen(history.since))}</span><span class="streak">${runs}</span>`;
}

function sinceLabel(status: JourneyStatus): string {
  return status === 'passed' ? 'Passing since' : `${STATUS_LABEL[status]} since`;
}

/** An awaiting note ends with the file that records it: for QA, not for the table. */
function withoutFile(note: string): string {
  return note.replace(/\s*\([^()]*\)\s*$/, '');
}
