import { unzipSync, zipSync, type Zippable } from 'fflate';
import { scrubText } from './scrub-text.ts';
import { typedSecretsIn } from './typed-secrets.ts';

/** Viewer code that Playwright and Allure ship: no run data, and a card-like literal in it must stay. */
const SHIPPED_CODE = /\.(js|mjs|css|map|ttf|woff2?)$/i;
/** Already compressed: stored as they are when an archive is written again. */
const COMPRESSED = /\.(png|jpe?g|webp|gif|zip|gz)$/i;
/** A zip inside a text: the Playwright HTML report keeps its data as one in index.html. */
const EMBEDDED_ZIP = /(data:application\/zip;base64,)([A-Za-z0-9+/]+={0,2})/g;
/** A data file inside Allure's single-file report: d("data/test-results/….json", "<base64>"). */
const EMBEDDED_ALLURE_FILE = /(d\("([^"]+)",")([A-Za-z0-9+/]*={0,2})("\))/g;

/**
 * One file of the reports with its secrets masked: text in place, zip archives (traces, blob
 * reports) entry by entry, other binaries (images) as they are. Returns the same bytes when there
 * was nothing to mask, so that scrubbing twice changes nothing.
 */
export function scrubContent(bytes: Uint8Array, name: string, secrets: readonly string[]): Uint8Array {
  if (isZip(bytes)) return scrubArchive(bytes, secrets);
  if (SHIPPED_CODE.test(name)) return bytes;
  const text = textOf(bytes);
  if (text === undefined) return bytes;
  const scrubbed = scrubText(text, secrets).replace(EMBEDDED_ZIP, (_match, prefix: string, base64: string) => {
    const zip = Buffer.from(base64, 'base64');
    const rewritten = scrubArchive(zip, secrets);
    return prefix + (rewritten === zip ? base64 : Buffer.from(rewritten).toString('base64'));
  }).replace(EMBEDDED_ALLURE_FILE, (_match, prefix: string, embeddedName: string, base64: string, suffix: string) => {
    const data = Buffer.from(base64, 'base64');
    const rewritten = scrubContent(data, embeddedName, secrets);
    return prefix + (rewritten === data ? base64 : Buffer.from(rewritten).toString('base64')) + suffix;
  });
  return scrubbed === text ? bytes : Buffer.from(scrubbed, 'utf8');
}

/**
 * A trace whose card fields held a value loses its screencast: those frames are pictures of the
 * card, which no text masking reaches. Its DOM snapshots, masked, still show every step.
 */
function scrubArchive(bytes: Uint8Array, secrets: readonly string[]): Uint8Array {
  const entries = unzipSync(bytes);
  const traces = Object.entries(entries).filter(([name]) => name.endsWith('.trace'));
  const dropFrames = traces.some(([, data]) => typedSecretsIn(textOf(data) ?? '').cardShown);
  let changed = false;
  const rewritten: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    if (dropFrames && name.startsWith('screencast/')) {
      changed = true;
      continue;
    }
    let scrubbed = scrubContent(data, name, secrets);
    if (dropFrames && name.endsWith('.trace')) scrubbed = withoutFrameEvents(scrubbed);
    changed ||= scrubbed !== data;
    rewritten[name] = [scrubbed, { level: COMPRESSED.test(name) ? 0 : 6 }];
  }
  return changed ? zipSync(rewritten) : bytes;
}

function withoutFrameEvents(trace: Uint8Array): Uint8Array {
  const lines = Buffer.from(trace).toString('utf8').split('\n');
  const kept = lines.filter((line) => !line.startsWith('{"type":"screencast-frame"'));
  return kept.length === lines.length ? trace : Buffer.from(kept.join('\n'), 'utf8');
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The bytes as UTF-8 text; none when they are not text (a NUL byte, or not UTF-8). */
export function textOf(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
