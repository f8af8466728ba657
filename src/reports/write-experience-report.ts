import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Evidence } from '../findings/finding.ts';
import type { EvidenceSource } from './collect-outcome.ts';
import { placeEvidence } from './evidence-files.ts';
import type { ExperienceReport } from '../report-model/experience-report.ts';
import { maskSecretsDeep } from '../secrets/mask-secrets.ts';
import { knownSecrets } from '../secrets/known-secrets.ts';
import { renderExperienceHtml } from './render-experience-html.ts';
import { pdfWanted } from './optional-reports.ts';
import { writeExperiencePdf } from './write-experience-pdf.ts';

/**
 * Writes reports/experience/: report.json, index.html, report.pdf (unless switched off) and the evidence its findings
 * cite, copied beside them so that the folder stands on its own (zip it, mail it, publish it).
 * Card numbers and the values of secret variables are masked in all of it.
 */
export async function writeExperienceReport(
  dir: string,
  report: ExperienceReport,
  evidenceSources: Map<Evidence, EvidenceSource>,
): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const secrets = knownSecrets();
  const view = await placeEvidence(dir, report, evidenceSources, secrets);
  const masked = maskSecretsDeep(report, secrets);
  await writeFile(path.join(dir, 'report.json'), `${JSON.stringify(masked, null, 2)}\n`);
  const html = path.join(dir, 'index.html');
  await writeFile(html, renderExperienceHtml(masked, view));
  if (pdfWanted()) await writeExperiencePdf(html, path.join(dir, 'report.pdf'));
  return html;
}
