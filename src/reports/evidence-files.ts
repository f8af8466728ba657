import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Evidence } from '../findings/finding.ts';
import type { EvidenceSource } from './collect-outcome.ts';
import type { ExperienceReport } from '../report-model/experience-report.ts';
import { maskSecrets } from '../secrets/mask-secrets.ts';
import { emailExcerpt, textExcerpt, type TextExcerpt } from './text-excerpt.ts';

/** What the HTML shows of the evidence beyond its link, keyed by the evidence's path in the report. */
export interface EvidenceView {
  excerpts: Map<string, TextExcerpt>;
  /** Small images, inlined as data: URIs so that they show even when index.html travels alone. */
  inlineImages: Map<string, string>;
}

/** Images up to this size are inlined into index.html; larger ones are linked. */
const INLINE_IMAGE_BYTES = 48 * 1024;

const TEXT_TYPES = /^(text\/|message\/rfc822$|application\/json$)/;
const EXCERPTED_TEXT = /^(text\/plain|application\/json)$/;

/**
 * Puts the evidence the report cites into `dir`/evidence/<journey>/ and sets each one's `path`.
 * Text evidence is copied with its secrets masked. Playwright's own trace and failure screenshot
 * are linked where Playwright keeps them instead: they hold the pages exactly as the browser saw
 * them, test card numbers included, and must not travel with a report that is mailed around.
 */
export async function placeEvidence(
  dir: string,
  report: ExperienceReport,
  sources: Map<Evidence, EvidenceSource>,
  secrets: readonly string[],
): Promise<EvidenceView> {
  const view: EvidenceView = { excerpts: new Map(), inlineImages: new Map() };
  // Two findings citing one attachment get one file: the attachment is known by its path or bytes.
  const placed = new Map<string | Buffer, string>();
  for (const journey of report.journeys) {
    let counter = 0;
    const cited = [
      ...journey.findings.flatMap((finding) => finding.evidence),
      ...(journey.degradations ?? []).flatMap((degradation) => degradation.evidence),
    ];
    for (const evidence of cited) {
      const source = sources.get(evidence);
      if (!source) continue;
      const identity = source.path ?? source.body!;
      const already = placed.get(identity);
      if (already) {
        evidence.path = already;
        continue;
      }
      const file = path.join('evidence', journey.id, `${++counter}-${slug(maskSecrets(evidence.name, secrets))}${extension(evidence.contentType)}`);
      const body = await copyMasked(source, path.join(dir, file), secrets);
      evidence.path = file.split(path.sep).join('/');
      placed.set(identity, evidence.path);
      await describe(view, evidence, body, secrets);
    }
    for (const artifact of journey.scenarios.flatMap((scenario) => scenario.artifacts ?? [])) {
      const source = sources.get(artifact);
      if (source?.path) artifact.path = path.relative(dir, source.path).split(path.sep).join('/');
    }
  }
  return view;
}

/** Copies one piece of evidence; text is masked on the way. Returns what was written. */
async function copyMasked(source: EvidenceSource, destination: string, secrets: readonly string[]): Promise<Buffer> {
  await mkdir(path.dirname(destination), { recursive: true });
  if (!TEXT_TYPES.test(source.contentType)) {
    if (source.path) await copyFile(source.path, destination);
    else await writeFile(destination, source.body ?? Buffer.alloc(0));
    return source.body ?? (await readFile(destination));
  }
  const original = source.body ?? (await readFile(source.path!));
  const masked = Buffer.from(maskSecrets(original.toString('utf8'), secrets), 'utf8');
  await writeFile(destination, masked);
  return masked;
}

async function describe(view: EvidenceView, evidence: Evidence, body: Buffer, secrets: readonly string[]): Promise<void> {
  const where = evidence.path!;
  if (evidence.contentType === 'message/rfc822') view.excerpts.set(where, await emailExcerpt(body, secrets));
  else if (EXCERPTED_TEXT.test(evidence.contentType)) view.excerpts.set(where, textExcerpt(body.toString('utf8'), secrets));
  else if (evidence.contentType.startsWith('image/') && body.length <= INLINE_IMAGE_BYTES) {
    view.inlineImages.set(where, `data:${evidence.contentType};base64,${body.toString('base64')}`);
  }
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'evidence';
}

function extension(contentType: string): string {
  const known: Record<string, string> = { 'image/png': '.png', 'message/rfc822': '.eml', 'text/plain': '.txt', 'application/json': '.json', 'text/html': '.html' };
  return known[contentType] ?? '';
}
