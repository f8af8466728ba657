import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Evidence } from '../findings/finding.ts';
import type { ExperienceReport } from '../report-model/experience-report.ts';
import type { EvidenceSource } from './collect-outcome.ts';
import type { TextExcerpt } from './text-excerpt.ts';

/** What the HTML shows of the evidence beyond its link, keyed by the evidence's path in the report. */
export interface EvidenceView {
  excerpts: Map<string, TextExcerpt>;
  /** Small images, inlined as data: URIs so that they show even when index.html travels alone. */
  inlineImages: Map<string, string>;
}

/** A file of the report folder's evidence/, and what it is a copy of. */
export interface PlacedEvidence {
  /** Relative to the report folder, with forward slashes: what report.json links. */
  file: string;
  evidence: Evidence;
  source: EvidenceSource;
}

/** Images up to this size are inlined into index.html; larger ones are linked. */
const INLINE_IMAGE_BYTES = 48 * 1024;

/**
 * Gives each piece of evidence the report cites its place, `dir`/evidence/<journey>/…, and sets its
 * `path`, before anything is written: the run store records the report with these paths. Playwright's
 * own trace and failure screenshot are linked where Playwright keeps them instead: they hold the pages
 * exactly as the browser saw them, test card numbers included, and must not travel with a report
 * that is mailed around.
 */
export function planEvidence(dir: string, report: ExperienceReport, sources: ReadonlyMap<Evidence, EvidenceSource>): PlacedEvidence[] {
  const planned: PlacedEvidence[] = [];
  // Two findings citing one attachment get one file: the attachment is known by its path or bytes.
  const placed = new Map<string | Buffer, string>();
  for (const journey of report.journeys) {
    let counter = 0;
    const cited = [...journey.findings.flatMap((finding) => finding.evidence), ...(journey.degradations ?? []).flatMap((degradation) => degradation.evidence)];
    for (const evidence of cited) {
      const source = sources.get(evidence);
      if (!source) continue;
      const identity = source.path ?? source.body!;
      const already = placed.get(identity);
      if (already) {
        evidence.path = already;
        continue;
      }
      evidence.path = ['evidence', journey.id, `${++counter}-${slug(evidence.name)}${extension(evidence.contentType)}`].join('/');
      placed.set(identity, evidence.path);
      planned.push({ file: evidence.path, evidence, source });
    }
    for (const artifact of journey.scenarios.flatMap((scenario) => scenario.artifacts ?? [])) {
      const source = sources.get(artifact);
      if (source?.path) artifact.path = path.relative(dir, source.path).split(path.sep).join('/');
    }
  }
  return planned;
}

/** Copies the planned evidence into the report folder; returns what the HTML shows of it. */
export async function writeEvidence(dir: string, planned: readonly PlacedEvidence[]): Promise<EvidenceView> {
  const view: EvidenceView = { excerpts: new Map(), inlineImages: new Map() };
  for (const { file, evidence, source } of planned) {
    const body = await copy(source, path.join(dir, file));
    if (source.excerpt) view.excerpts.set(file, source.excerpt);
    else if (evidence.contentType.startsWith('image/') && body.length <= INLINE_IMAGE_BYTES) {
      view.inlineImages.set(file, `data:${evidence.contentType};base64,${body.toString('base64')}`);
    }
  }
  return view;
}

/** Copies one piece of evidence; returns what was written. */
async function copy(source: EvidenceSource, destination: string): Promise<Buffer> {
  await mkdir(path.dirname(destination), { recursive: true });
  if (source.body) {
    await writeFile(destination, source.body);
    return source.body;
  }
  await copyFile(source.path!, destination);
  return readFile(destination);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'evidence';
}

function extension(contentType: string): string {
  const known: Record<string, string> = { 'image/png': '.png', 'message/rfc822': '.eml', 'text/plain': '.txt', 'application/json': '.json', 'text/html': '.html' };
  return known[contentType] ?? '';
}
