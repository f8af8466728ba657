import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExperienceReport } from '../report-model/experience-report.ts';
import { writeEvidence, type PlacedEvidence } from './evidence-files.ts';
import { pdfWanted } from './optional-reports.ts';
import { renderExperienceHtml } from './render-experience-html.ts';
import { writeExperiencePdf } from './write-experience-pdf.ts';

/**
 * Writes reports/experience/ once: report.json, index.html, report.pdf (unless switched off) and the
 * evidence its findings cite, copied beside them so that the folder stands on its own (zip it, mail
 * it, publish it). The report and evidence arrive masked (src/reports/mask-outgoing.ts) and placed
 * (planEvidence): this only writes them. Returns the path of index.html.
 */
export async function writeExperienceReport(dir: string, report: ExperienceReport, evidence: readonly PlacedEvidence[]): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const view = await writeEvidence(dir, evidence);
  await writeFile(path.join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const html = path.join(dir, 'index.html');
  await writeFile(html, renderExperienceHtml(report, view));
  if (pdfWanted()) await writeExperiencePdf(html, path.join(dir, 'report.pdf'));
  return html;
}
