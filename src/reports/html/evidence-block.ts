import type { Evidence } from '../../findings/finding.ts';
import type { EvidenceView } from '../evidence-files.ts';
import type { TextExcerpt } from '../text-excerpt.ts';
import { escapeHtml } from './escape.ts';

/** The evidence one finding cites: screenshots as thumbnails, emails and texts as excerpts, the rest as links. */
export function evidenceBlock(evidence: readonly Evidence[], view: EvidenceView): string {
  if (evidence.length === 0) return '';
  const images = evidence.filter((entry) => entry.path && entry.contentType.startsWith('image/'));
  const excerpts = evidence.filter((entry) => entry.path && view.excerpts.has(entry.path));
  const others = evidence.filter((entry) => !images.includes(entry) && !excerpts.includes(entry));
  return `<div class="evidence">
${images.length ? `<div class="thumbs">${images.map((entry) => thumbnail(entry, view)).join('')}</div>` : ''}
${excerpts.map((entry) => excerptCard(entry, view.excerpts.get(entry.path!)!)).join('\n')}
${others.length ? `<ul class="files">${others.map(fileLink).join('')}</ul>` : ''}
</div>`;
}

/** A screenshot, shrunk, linking to the full image. */
export function thumbnail(entry: Evidence, view: EvidenceView): string {
  const href = escapeHtml(entry.path!);
  const src = view.inlineImages.get(entry.path!) ?? entry.path!;
  return `<figure class="thumb"><a href="${href}"><img src="${escapeHtml(src)}" alt="${escapeHtml(entry.name)}"></a><figcaption>${escapeHtml(entry.name)}</figcaption></figure>`;
}

function excerptCard(entry: Evidence, excerpt: TextExcerpt): string {
  const isEmail = entry.contentType === 'message/rfc822';
  const headers = excerpt.headers.length
    ? `<dl class="headers">${excerpt.headers.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`
    : '';
  const more = excerpt.truncated ? '\n…' : '';
  return `<figure class="excerpt${isEmail ? ' email' : ''}">
<figcaption>${escapeHtml(entry.name)} <a href="${escapeHtml(entry.path!)}">${isEmail ? 'full message (.eml)' : 'full file'}</a></figcaption>
${headers}<pre>${escapeHtml(excerpt.lines.join('\n') + more)}</pre>
</figure>`;
}

function fileLink(entry: Evidence): string {
  const name = escapeHtml(entry.name);
  return `<li>${entry.path ? `<a href="${escapeHtml(entry.path)}">${name}</a>` : `${name} <span class="muted">(not kept)</span>`} <span class="muted">${escapeHtml(entry.contentType)}</span></li>`;
}
