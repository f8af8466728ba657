import { readFile } from 'node:fs/promises';
import type { Evidence } from '../findings/finding.ts';
import type { ExperienceReport } from '../report-model/experience-report.ts';
import { knownSecrets } from '../secrets/known-secrets.ts';
import { maskSecrets } from '../secrets/mask-secrets.ts';
import type { EvidenceSource } from './collect-outcome.ts';
import { emailExcerpt, textExcerpt } from './text-excerpt.ts';

/** Evidence whose bytes are text, and so can carry a secret as written. */
const TEXT_TYPES = /^(text\/|message\/rfc822$|application\/json$)/;
/** Text evidence the QA section quotes the first lines of. */
const EXCERPTED_TEXT = /^(text\/plain|application\/json)$/;

/**
 * The one boundary where a run's data is masked (src/secrets/mask-secrets.ts): the report as built,
 * the bytes of its text evidence, and the excerpts the QA section quotes of it (an email's, decoded
 * from its transfer encoding). Everything made from them later (report.json, the HTML and PDF,
 * evidence files, the run store, alerts, the summary) carries them masked, so no later step masks
 * again. The report is masked in place, so that each piece of evidence stays the key of its source.
 */
export async function maskOutgoing(report: ExperienceReport, sources: ReadonlyMap<Evidence, EvidenceSource>): Promise<Map<Evidence, EvidenceSource>> {
  const secrets = knownSecrets();
  maskInPlace(report, secrets);
  const masked = new Map<Evidence, EvidenceSource>();
  // One attachment cited twice is masked once, and stays one file (known by its path or bytes).
  const done = new Map<string | Buffer, EvidenceSource>();
  for (const [evidence, source] of sources) {
    const identity = source.path ?? source.body ?? Buffer.alloc(0);
    const copy = done.get(identity) ?? (await maskedSource(source, secrets));
    done.set(identity, copy);
    masked.set(evidence, copy);
  }
  return masked;
}

/** Binary evidence (a screenshot) and Playwright's own files stay where they are, as they are. */
async function maskedSource(source: EvidenceSource, secrets: readonly string[]): Promise<EvidenceSource> {
  if (!TEXT_TYPES.test(source.contentType)) return source;
  const original = source.body ?? (await readFile(source.path!));
  const body = Buffer.from(maskSecrets(original.toString('utf8'), secrets), 'utf8');
  const masked: EvidenceSource = { name: maskSecrets(source.name, secrets), contentType: source.contentType, body };
  if (source.contentType === 'message/rfc822') masked.excerpt = await emailExcerpt(original, secrets);
  else if (EXCERPTED_TEXT.test(source.contentType)) masked.excerpt = textExcerpt(original.toString('utf8'), secrets);
  return masked;
}

function maskInPlace(value: unknown, secrets: readonly string[]): void {
  if (Array.isArray(value)) {
    value.forEach((entry, index) => {
      if (typeof entry === 'string') value[index] = maskSecrets(entry, secrets);
      else maskInPlace(entry, secrets);
    });
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [key, entry] of Object.entries(record)) {
      if (typeof entry === 'string') record[key] = maskSecrets(entry, secrets);
      else maskInPlace(entry, secrets);
    }
  }
}
