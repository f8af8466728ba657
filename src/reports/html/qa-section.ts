import { formatDuration } from '../../config/duration.ts';
import type { Degradation, Evidence, Finding } from '../../findings/finding.ts';
import type { EvidenceView } from '../evidence-files.ts';
import type { BlockedRequest } from '../../safety/origin-policy.ts';
import type { JourneyReport, ScenarioReport } from '../../report-model/experience-report.ts';
import { evidenceBlock, thumbnail } from './evidence-block.ts';
import { escapeHtml } from './escape.ts';
import { humaniseTimestamps } from './format.ts';
import { inReadingOrder } from './reading-order.ts';
import { statusBadge } from './status.ts';

/** Where the other reports sit, relative to reports/experience/. */
const PLAYWRIGHT_REPORT = '../playwright/index.html';
const ALLURE_REPORT = '../allure/index.html';

/**
 * For QA, on its own pages: every journey that is not fine, with what was expected, seen and kept,
 * every journey that passed only on a retry, and every journey a safety guard stopped from
 * reaching an origin the target does not allow.
 */
export function qaSection(journeys: readonly JourneyReport[], view: EvidenceView): string {
  const attention = inReadingOrder(journeys.filter(needsAttention));
  const body = attention.length
    ? attention.map((journey) => journeyEvidence(journey, view)).join('\n')
    : '<p class="muted">No journey needs attention: nothing broken, degraded, blocked or in need of maintenance.</p>';
  // With nothing to show, the note stays on the summary's page instead of a page of its own.
  return `<section id="qa" class="qa${attention.length ? '' : ' quiet'}" aria-labelledby="qa-title">
<h2 id="qa-title">Evidence for QA</h2>
<p class="qa-links">Every scenario step by step: <a href="${PLAYWRIGHT_REPORT}">Playwright report</a> · <a href="${ALLURE_REPORT}">Allure report</a> (history, categories) · <a href="report.json">report.json</a></p>
${body}
</section>`;
}

function needsAttention(journey: JourneyReport): boolean {
  const notFine = journey.status === 'broken' || journey.status === 'degraded' || journey.status === 'needs-maintenance';
  return notFine || journey.flaky === true || journey.scenarios.some((scenario) => scenario.blockedRequests?.length);
}

function journeyEvidence(journey: JourneyReport, view: EvidenceView): string {
  const meta = [journey.owner && `owner ${journey.owner}`, journey.severity && `severity ${journey.severity}`, journey.channels.join(' · ')].filter(Boolean);
  return `<article class="case" data-journey="${escapeHtml(journey.id)}">
<header><h3>${escapeHtml(journey.name)}</h3>${statusBadge(journey.status)}${journey.flaky ? '<span class="flaky">flaky</span>' : ''}<span class="muted">${escapeHtml(meta.join(' · '))}</span></header>
${journey.findings.map((finding) => observation(finding, 'finding', view)).join('\n')}
${(journey.degradations ?? []).map((degradation) => observation(degradation, 'degradation', view)).join('\n')}
${scenarioTable(journey.scenarios, view)}
</article>`;
}

/** One finding or degradation: the customer's words, expected against observed, and its evidence. */
function observation(entry: Finding | Degradation, type: 'finding' | 'degradation', view: EvidenceView): string {
  return `<section class="observation ${type}">
<p class="kind"><code>${escapeHtml(entry.kind)}</code>${entry.scenario ? ` <span class="muted">in “${escapeHtml(entry.scenario)}”</span>` : ''}</p>
<h4>${escapeHtml(entry.customerImpact)}</h4>
<div class="compare">
<div><p class="compare-label">Expected</p><p>${escapeHtml(entry.expected)}</p></div>
<div><p class="compare-label">Observed</p><p>${escapeHtml(humaniseTimestamps(entry.observed))}</p></div>
</div>
${evidenceBlock(entry.evidence, view)}
</section>`;
}

/** Every scenario of the journey: status, time taken, the harness's problem, trace and failure screenshot. */
function scenarioTable(scenarios: readonly ScenarioReport[], view: EvidenceView): string {
  const rows = scenarios.map((scenario) => {
    const artifacts = scenario.artifacts ?? [];
    const trace = artifacts.find((artifact) => artifact.contentType === 'application/zip' && artifact.path);
    const screenshots = artifacts.filter((artifact) => artifact.contentType.startsWith('image/') && artifact.path);
    const notes = [
      scenario.flaky && `<p class="flaky">Flaky: failed, then passed on a retry</p>`,
      scenario.problem && `<p class="problem">${escapeHtml(scenario.problem)}</p>`,
      scenario.awaiting && `<p class="muted">${escapeHtml(scenario.awaiting)}</p>`,
      scenario.judgedAtEndOfRun?.length && `<p class="muted">Judged at the end of the run: ${escapeHtml(scenario.judgedAtEndOfRun.join('; '))}</p>`,
      scenario.notChecked?.length && `<p class="muted">Not checked: ${escapeHtml(scenario.notChecked.join('; '))}</p>`,
      scenario.blockedRequests?.length && blockedList(scenario.blockedRequests),
      trace && traceLink(trace),
      screenshots.length && `<div class="thumbs">${screenshots.map((shot) => thumbnail(shot, view)).join('')}</div>`,
    ].filter(Boolean);
    return `<tr><td>${escapeHtml(scenario.name)}${notes.join('')}</td><td>${statusBadge(scenario.status)}</td><td class="num">${formatDuration(scenario.durationMs)}</td></tr>`;
  });
  return `<table class="scenarios"><thead><tr><th scope="col">Scenario</th><th scope="col">Status</th><th scope="col">Took</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** A harness safety event, not a customer's problem: what the origin guard kept from leaving the machine. */
function blockedList(blocked: readonly BlockedRequest[]): string {
  const items = blocked.map((request) => `<li><code>${escapeHtml(request.url)}</code> <span class="muted">(${escapeHtml(request.purpose)}${request.essential ? ', needed by the journey' : ''})</span></li>`);
  return `<div class="blocked"><p>Blocked by the safety guard (not an allowed origin of the target):</p><ul>${items.join('')}</ul></div>`;
}

/** The trace stays where Playwright wrote it; the link and the command reach it from here. */
function traceLink(trace: Evidence): string {
  const href = escapeHtml(trace.path!);
  return `<p class="trace">Trace: <a href="${href}">${href}</a><br><code>npx playwright show-trace ${href}</code> <span class="muted">(from this folder)</span></p>`;
}
