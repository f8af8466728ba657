import type { Trends } from '../../report-model/trends.ts';
import { escapeHtml } from './escape.ts';

const WIDTH = 640;
const HEIGHT = 190;
const LEFT = 36;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 24;
const DAY_MS = 86_400_000;
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * The daily experience score over the period as a line of marked points (a ring per day, so the
 * line reads in black and white), with its scale, its first and last day, and a label on every
 * point for screen readers and on hover. A day without runs leaves a gap.
 */
export function scoreChart(trends: Trends): string {
  const from = Date.parse(`${trends.from.slice(0, 10)}T00:00:00Z`);
  const span = Math.max(1, Math.round((Date.parse(`${trends.to.slice(0, 10)}T00:00:00Z`) - from) / DAY_MS));
  const x = (day: string) => LEFT + ((WIDTH - LEFT - RIGHT) * (Date.parse(`${day}T00:00:00Z`) - from)) / (span * DAY_MS);
  const y = (score: number) => TOP + ((HEIGHT - TOP - BOTTOM) * (100 - score)) / 100;
  const grid = [0, 50, 100]
    .map((value) => `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(value)}" y2="${y(value)}" stroke="#c9ced4" stroke-dasharray="${value === 0 ? '' : '3 3'}"/><text x="${LEFT - 6}" y="${y(value) + 4}" text-anchor="end" font-size="11" fill="#5f6873">${value}</text>`)
    .join('');
  const points = trends.score;
  const lines = segments(points)
    .map((segment) => `<polyline fill="none" stroke="#1b1f24" stroke-width="2" points="${segment.map((point) => `${x(point.day).toFixed(1)},${y(point.score).toFixed(1)}`).join(' ')}"/>`)
    .join('');
  const marks = points
    .map((point) => {
      const label = `${DAY.format(new Date(`${point.day}T00:00:00Z`))}: score ${point.score} (${point.runs} ${point.runs === 1 ? 'run' : 'runs'})`;
      return `<circle class="point" data-day="${point.day}" data-score="${point.score}" cx="${x(point.day).toFixed(1)}" cy="${y(point.score).toFixed(1)}" r="${points.length > 60 ? 2 : 3.5}" fill="#fff" stroke="#1b1f24" stroke-width="1.5"><title>${escapeHtml(label)}</title></circle>`;
    })
    .join('');
  const axis = [trends.from, trends.to]
    .map((iso, index) => `<text x="${index === 0 ? LEFT : WIDTH - RIGHT}" y="${HEIGHT - 6}" text-anchor="${index === 0 ? 'start' : 'end'}" font-size="11" fill="#5f6873">${escapeHtml(DAY.format(new Date(iso)))}</text>`)
    .join('');
  return `<svg class="chart score-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="score-chart-title score-chart-desc">
<title id="score-chart-title">Experience score per day, last ${trends.days} days</title>
<desc id="score-chart-desc">${escapeHtml(describeScores(trends))}</desc>
${grid}${lines}${marks}${axis}
</svg>`;
}

function describeScores(trends: Trends): string {
  const points = trends.score;
  if (points.length === 0) return 'No run in the period was scored.';
  const lowest = points.reduce((low, point) => (point.score < low.score ? point : low));
  return `${points.length} days with runs: first ${points[0]!.score}, latest ${points.at(-1)!.score}, lowest ${lowest.score} on ${lowest.day}.`;
}

/** Runs of consecutive days: a day without runs breaks the line. */
function segments(points: Trends['score']): Array<Trends['score']> {
  const result: Array<Trends['score']> = [];
  for (const point of points) {
    const last = result.at(-1)?.at(-1);
    if (last && Date.parse(`${point.day}T00:00:00Z`) - Date.parse(`${last.day}T00:00:00Z`) === DAY_MS) result.at(-1)!.push(point);
    else result.push([point]);
  }
  return result;
}
