import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExperienceReport } from '../report-model/experience-report.ts';
import { writeEvidence, type PlacedEvidence } from './evidence-files.ts';
import { renderExperienceHtml } from './render-experience-html.ts';

/**
 * Writes reports/experience/ once: report.json, index.html and the evidence its findings cite, copied
 * beside them so that the folder stands on its own (zip it, mail it, publish it). The report and
 * evidence arrive masked (src/reports/mask-outgoing.ts) and placed (planEvidence): this only writes
 * them. The PDF is printed from index.html afterwards (printExperiencePdf), once the summary is out.
 * Returns the path of index.html.
 */
export async function writeExperienceReport(dir: string, report: ExperienceReport, evidence: readonly PlacedEvidence[]): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const view = await writeEvidence(dir, evidence);
  await writeFile(path.join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const html = path.join(dir, 'index.html');
  await writeFile(html, renderExperienceHtml(report, view));
  return html;
}
