import { escapeHtml } from './escape.ts';

export interface Bar {
  label: string;
  /** The solid part, and the hatched part after it (the share that failed, the journeys broken now). */
  solid: number;
  hatched: number;
  max: number;
  /** The figures in words, written at the bar's end. */
  text: string;
  /** data-* attributes, for readers of the figures (and the tests that check them against report.json). */
  data: Record<string, string | number>;
}

const WIDTH = 720;
const ROW = 22;
const LABEL = 190;
const TEXT = 250;

/**
 * Horizontal bars, one a row, labelled by name and by their figures in words: the solid and the
 * hatched parts differ by pattern, not colour alone. `id` keeps the pattern's id unique in the page.
 */
export function barChart(id: string, title: string, description: string, bars: readonly Bar[]): string {
  const height = bars.length * ROW + 4;
  const scale = WIDTH - LABEL - TEXT;
  const rows = bars
    .map((bar, index) => {
      const top = 2 + index * ROW;
      const solid = bar.max === 0 ? 0 : (scale * bar.solid) / bar.max;
      const hatched = bar.max === 0 ? 0 : (scale * bar.hatched) / bar.max;
      const data = Object.entries(bar.data).map(([name, value]) => ` data-${name}="${escapeHtml(String(value))}"`).join('');
      return `<g class="bar"${data}><title>${escapeHtml(`${bar.label}: ${bar.text}`)}</title>
<text x="${LABEL - 8}" y="${top + 15}" text-anchor="end" font-size="12" fill="#1b1f24">${escapeHtml(truncate(bar.label, 28))}</text>
<rect x="${LABEL}" y="${top + 3}" width="${scale}" height="${ROW - 8}" fill="none" stroke="#c9ced4"/>
<rect x="${LABEL}" y="${top + 3}" width="${solid.toFixed(1)}" height="${ROW - 8}" fill="#3d4650"/>
<rect x="${(LABEL + solid).toFixed(1)}" y="${top + 3}" width="${hatched.toFixed(1)}" height="${ROW - 8}" fill="url(#${id}-hatch)" stroke="#1b1f24" stroke-width=".8"/>
<text x="${LABEL + scale + 8}" y="${top + 15}" font-size="12" fill="#1b1f24">${escapeHtml(bar.text)}</text></g>`;
    })
    .join('\n');
  return `<svg class="chart bar-chart" id="${id}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">
<title id="${id}-title">${escapeHtml(title)}</title>
<desc id="${id}-desc">${escapeHtml(description)}</desc>
<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#1b1f24" stroke-width="2"/></pattern></defs>
${rows}
</svg>`;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
