import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Evidence } from '../findings/finding.ts';
import type { EvidenceSource } from './collect-outcome.ts';
import type { ExperienceReport } from './experience-report.ts';
import { renderExperienceHtml } from './render-experience-html.ts';

/**
 * Writes reports/experience/: report.json, index.html and the evidence its findings cite, copied
 * beside them so that the folder stands on its own (zip it, mail it, publish it).
 */
export async function writeExperienceReport(
  dir: string,
  report: ExperienceReport,
  evidenceSources: Map<Evidence, EvidenceSource>,
): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const journey of report.journeys) {
    for (const [findingIndex, finding] of journey.findings.entries()) {
      for (const evidence of finding.evidence) {
        const source = evidenceSources.get(evidence);
        if (!source) continue;
        const file = path.join('evidence', journey.id, `${findingIndex + 1}-${slug(evidence.name)}${extension(evidence.contentType)}`);
        await copyEvidence(source, path.join(dir, file));
        evidence.path = file;
      }
    }
  }
  await writeFile(path.join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const html = path.join(dir, 'index.html');
  await writeFile(html, renderExperienceHtml(report));
  return html;
}

async function copyEvidence(source: EvidenceSource, destination: string): Promise<void> {
  await mkdir(path.dirname(destination), { recursive: true });
  if (source.path) await copyFile(source.path, destination);
  else if (source.body) await writeFile(destination, source.body);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'evidence';
}

function extension(contentType: string): string {
  const known: Record<string, string> = { 'image/png': '.png', 'message/rfc822': '.eml', 'text/plain': '.txt', 'application/json': '.json', 'text/html': '.html' };
  return known[contentType] ?? '';
}
