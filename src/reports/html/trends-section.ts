import { formatDuration } from '../../config/duration.ts';
import type { JourneyReport } from '../../report-model/experience-report.ts';
import type { Trends } from '../../report-model/trends.ts';
import { barChart } from './bar-chart.ts';
import { escapeHtml } from './escape.ts';
import { formatWhen } from './format.ts';
import { scoreChart } from './score-chart.ts';

/**
 * What the run store tells over the period, for the executive: the score over time, each
 * journey's share of runs that worked, time to repair, and how often each owner's journeys broke.
 */
export function trendsSection(trends: Trends, journeys: readonly JourneyReport[]): string {
  const names = new Map(journeys.map((journey) => [journey.id, journey.name]));
  const maintenance = trends.maintenanceRuns ? `; ${trends.maintenanceRuns === 1 ? '1 run' : `${trends.maintenanceRuns} runs`} in maintenance windows left out` : '';
  return `<section class="trends" aria-labelledby="trends-title">
<h2 id="trends-title">Trends over the last ${trends.days} days</h2>
<p class="muted trend-facts">${trends.runs} runs from ${escapeHtml(formatWhen(trends.from))} to ${escapeHtml(formatWhen(trends.to))}${maintenance}.</p>
<figure class="trend-figure">${scoreChart(trends)}<figcaption>Experience score per day (the mean of its runs’ scores).</figcaption></figure>
<figure class="trend-figure">${shareChart(trends, names)}<figcaption>Share of runs in which each journey worked for customers (passed or degraded), of the runs that judged it; hatched: the runs it was broken.</figcaption></figure>
${repairFigures(trends, names)}
<figure class="trend-figure">${ownerChart(trends)}<figcaption>How many times each owner’s journeys broke in the period; hatched: those broken now.</figcaption></figure>
</section>`;
}

function shareChart(trends: Trends, names: ReadonlyMap<string, string>): string {
  const bars = trends.journeys.map((journey) => ({
    label: names.get(journey.id) ?? journey.id,
    solid: journey.worked,
    hatched: journey.judged - journey.worked,
    max: journey.judged,
    text: journey.share === null ? 'not judged in the period' : `${journey.share}% of ${journey.judged} runs`,
    data: { journey: journey.id, share: journey.share ?? '', judged: journey.judged, worked: journey.worked },
  }));
  const worst = [...trends.journeys].filter((journey) => journey.share !== null).sort((a, b) => a.share! - b.share!)[0];
  const description = worst ? `Lowest: ${names.get(worst.id) ?? worst.id}, ${worst.share}% of its runs worked.` : 'No journey was judged in the period.';
  return barChart('share-chart', 'Share of runs that worked, per journey', description, bars);
}

function repairFigures(trends: Trends, names: ReadonlyMap<string, string>): string {
  const { repair } = trends;
  const median = repair.medianMs === null ? 'no repair in the period' : `${formatDuration(repair.medianMs)} (median of ${repair.repaired} ${repair.repaired === 1 ? 'repair' : 'repairs'})`;
  const open = repair.open
    .map((entry) => `<li data-journey="${escapeHtml(entry.journey)}" data-age-ms="${entry.ageMs}"><strong>${escapeHtml(names.get(entry.journey) ?? entry.journey)}</strong>: broken for ${formatDuration(entry.ageMs)}, since ${escapeHtml(formatWhen(entry.since))}</li>`)
    .join('');
  return `<div class="repair" data-median-ms="${repair.medianMs ?? ''}" data-repaired="${repair.repaired}">
<h3>Time to repair</h3>
<p>From a journey’s first broken run to its next passed run: <strong>${median}</strong>.</p>
${open ? `<p>Still broken:</p><ul class="open-repairs">${open}</ul>` : '<p class="muted">None is broken now.</p>'}
</div>`;
}

function ownerChart(trends: Trends): string {
  const max = Math.max(1, ...trends.owners.map((owner) => owner.broke));
  const bars = trends.owners.map((owner) => ({
    label: owner.owner,
    solid: owner.broke - owner.brokenNow,
    hatched: owner.brokenNow,
    max,
    text: `broke ${owner.broke}×, ${owner.brokenNow} now${owner.medianRepairMs === null ? '' : `, repair ${formatDuration(owner.medianRepairMs)}`}`,
    data: { owner: owner.owner, broke: owner.broke, 'broken-now': owner.brokenNow },
  }));
  const most = trends.owners[0];
  const description = most && most.broke > 0 ? `Most: ${most.owner}, ${most.broke} times.` : 'No journey broke in the period.';
  return barChart('owner-chart', 'Broken experiences per owner', description, bars);
}
