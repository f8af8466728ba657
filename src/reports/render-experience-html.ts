import type { ExperienceReport, JourneyReport, JourneyStatus } from './experience-report.ts';

const STATUS_LABEL: Record<JourneyStatus, string> = {
  passed: 'Passed',
  broken: 'Broken',
  degraded: 'Degraded',
  awaiting: 'Awaiting verdict',
  'not-run': 'Not run',
  'needs-maintenance': 'Needs maintenance',
};

/** A plain, self-contained page: the verdict first, one row per journey, then the findings. */
export function renderExperienceHtml(report: ExperienceReport): string {
  const { summary } = report;
  const verdict = summary.broken > 0 ? `${summary.broken} of ${summary.journeys} customer journeys are broken` : `No broken customer journey (${summary.journeys} audited)`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Experience report: ${escape(report.target.name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d1d1f}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.5rem;border-bottom:1px solid #ddd;vertical-align:top}
.status{font-weight:600;white-space:nowrap}.broken{color:#b00020}.passed{color:#1b7f3b}.awaiting{color:#8a6d00}
.needs-maintenance,.degraded{color:#a15c00}.not-run{color:#666}small{color:#555}dt{font-weight:600}dd{margin:0 0 .5rem}
</style></head><body>
<h1>${escape(verdict)}</h1>
<p><small>${escape(report.target.name)} · run ${escape(report.runId)} · ${escape(report.startedAt)} → ${escape(report.finishedAt)}${report.faults.length ? ` · demo faults: ${escape(report.faults.join(', '))}` : ''}</small></p>
<table><thead><tr><th>Journey</th><th>Status</th><th>What the customer meets</th><th>Owner</th></tr></thead><tbody>
${report.journeys.map(journeyRow).join('\n')}
</tbody></table>
${report.journeys.filter((journey) => journey.findings.length > 0).map(findingDetails).join('\n')}
</body></html>
`;
}

function journeyRow(journey: JourneyReport): string {
  const experience = journey.findings.length
    ? journey.findings.map((finding) => escape(finding.customerImpact)).join('<br>')
    : escape(journey.scenarios.map((scenario) => scenario.awaiting ?? scenario.problem).find(Boolean) ?? 'As promised');
  return `<tr data-journey="${escape(journey.id)}"><td>${escape(journey.name)}</td><td class="status ${journey.status}">${STATUS_LABEL[journey.status]}</td><td>${experience}</td><td>${escape(journey.owner ?? '—')}</td></tr>`;
}

function findingDetails(journey: JourneyReport): string {
  return `<section><h2>${escape(journey.name)}</h2>${journey.findings
    .map(
      (finding) => `<dl><dt>${escape(finding.customerImpact)} <small>(${escape(finding.kind)})</small></dt>
<dd>Expected: ${escape(finding.expected)}</dd><dd>Observed: ${escape(finding.observed)}</dd>
<dd>${finding.evidence.map((evidence) => (evidence.path ? `<a href="${escape(evidence.path)}">${escape(evidence.name)}</a>` : escape(evidence.name))).join(' · ')}</dd></dl>`,
    )
    .join('\n')}</section>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
