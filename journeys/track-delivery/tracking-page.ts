import { websitePart, type JourneyParts } from '../journey-parts.ts';
import { findArrivalTime } from './arrival-time.ts';
import type { PlacedOrder } from './delivery-pages.ts';
import { findJargon, type Jargon } from './tracking-jargon.ts';

/** Opens the tracking page and expects an estimated arrival in plain words, without the carrier's internal codes. */
export async function checkTrackingPage(parts: JourneyParts, order: PlacedOrder): Promise<void> {
  const { page, notebook, target } = parts;
  const text = await websitePart(parts, 'deliveries').openTracking(page, target.webUrl!, order);
  const screenshot = await notebook.evidence(`tracking page of ${order.reference}`, await page.screenshot({ fullPage: true }), 'image/png');
  const pageText = await notebook.evidence(`tracking page of ${order.reference} (text)`, `${page.url()}\n\n${text}`, 'text/plain');
  const arrival = findArrivalTime(text);
  const jargon = findJargon(text);
  if (arrival !== undefined && jargon.length === 0) return;

  const terms = jargon.slice(0, 4).map((entry) => `"${entry.term}"`);
  const complaints = [
    ...(arrival === undefined ? ['does not say when my parcel will arrive'] : []),
    ...(jargon.length > 0 ? [`speaks of ${listed(terms)}`] : []),
  ];
  await notebook.found({
    kind: 'tracking-unclear',
    customerImpact: `The tracking page of my ${order.product} (${order.reference}) ${complaints.join(', and ')}`,
    expected: 'An estimated arrival (a day and a time or time window) in plain words, and no internal codes',
    observed: [
      arrival === undefined ? 'No estimated arrival anywhere on the page' : `Arrival: "${arrival.phrase}"`,
      ...linesWithJargon(jargon),
    ].join('; '),
    evidence: [screenshot, pageText],
  });
}

/** `"Sorted at Itella 01010" (Itella 01010)`: each line once, with the terms found on it. */
function linesWithJargon(jargon: Jargon[]): string[] {
  const byLine = new Map<string, string[]>();
  for (const { line, term } of jargon) byLine.set(line, [...(byLine.get(line) ?? []), term]);
  return [...byLine].slice(0, 4).map(([line, terms]) => `"${line}" (${terms.join(', ')})`);
}

function listed(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
