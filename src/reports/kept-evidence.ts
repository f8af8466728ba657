import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Evidence } from '../findings/finding.ts';
import type { EvidenceSource } from './collect-outcome.ts';
import type { ExperienceReport } from '../report-model/experience-report.ts';

/**
 * The store keeps findings, not evidence files. When the report folder on disk is the same run's,
 * its evidence is read back so that rewriting the folder keeps it; evidence whose file is gone,
 * or whose folder is another run's, loses its link instead of pointing at nothing.
 */
export async function keptEvidence(dir: string, report: ExperienceReport): Promise<Map<Evidence, EvidenceSource>> {
  const onDisk = await readFile(path.join(dir, 'report.json'), 'utf8')
    .then((text) => JSON.parse(text) as Partial<ExperienceReport>)
    .catch(() => undefined);
  const sameRun = onDisk?.runId === report.runId;
  const sources = new Map<Evidence, EvidenceSource>();
  const cited = report.journeys.flatMap((journey) => [...journey.findings, ...(journey.degradations ?? [])].flatMap((entry) => entry.evidence));
  const resolved = (report.resolvedVerdicts ?? []).flatMap((watch) => watch.finding?.evidence ?? []);
  for (const evidence of [...cited, ...resolved]) {
    const body = sameRun ? await readInside(dir, evidence.path) : undefined;
    if (!body) delete evidence.path;
    else if (cited.includes(evidence)) sources.set(evidence, { name: evidence.name, contentType: evidence.contentType, body });
  }
  return sources;
}

async function readInside(dir: string, relative: string | undefined): Promise<Buffer | undefined> {
  if (!relative) return undefined;
  const file = path.resolve(dir, relative);
  if (!file.startsWith(path.resolve(dir) + path.sep)) return undefined;
  return readFile(file).catch(() => undefined);
}
