import type { EvidenceView } from './evidence-files.ts';
import type { ExperienceReport } from '../report-model/experience-report.ts';
import { escapeHtml } from './html/escape.ts';
import { journeyHistories } from './html/journey-histories.ts';
import { journeyTable } from './html/journey-table.ts';
import { trendsSection } from './html/trends-section.ts';
import { legend } from './html/legend.ts';
import { qaSection } from './html/qa-section.ts';
import { STYLES } from './html/styles.ts';
import { summarySection } from './html/summary-section.ts';

const NO_EVIDENCE: EvidenceView = { excerpts: new Map(), inlineImages: new Map() };

/**
 * The experience report as one self-contained page (inline CSS and SVG, no script, nothing from
 * the network): the executive summary first, then the evidence for QA, which prints on its own pages.
 */
export function renderExperienceHtml(report: ExperienceReport, view: EvidenceView = NO_EVIDENCE): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Customer experience: ${escapeHtml(report.target.name)}</title>
<style>${STYLES}</style>
</head><body>
<main>
<div class="executive">
${summarySection(report)}
${journeyTable(report.journeys, report.trends !== undefined)}
${legend()}
${report.trends ? trendsSection(report.trends, report.journeys) : ''}
</div>
${report.trends ? journeyHistories(report.trends, report.journeys) : ''}
${qaSection(report.journeys, view)}
</main>
<footer>mystery-shopper · run ${escapeHtml(report.runId)} · the same report as data: <a href="report.json">report.json</a></footer>
</body></html>
`;
}
