import type { Evidence } from '../../src/findings/finding.ts';
import { websitePart, type JourneyParts } from '../journey-parts.ts';
import type { CarOffer, CarSearch } from './car-rental-pages.ts';

/** A price the shopper saw, with the screenshot that shows it. */
export interface SeenPrice {
  offer: CarOffer;
  screenshot: Evidence;
}

/** Runs the search on the company's site, reads the result, and keeps a screenshot of the results. */
export async function searchAndLook(parts: JourneyParts, search: CarSearch, how: string): Promise<SeenPrice> {
  const { page, notebook } = parts;
  const offer = await websitePart(parts, 'carRental').search(page, websiteOf(parts), search);
  const screenshot = await notebook.evidence(`car search results ${how}`, await page.screenshot({ fullPage: true }), 'image/png');
  return { offer, screenshot };
}

/** The company's website address, or a clear error naming the setting. */
export function websiteOf(parts: JourneyParts): string {
  const { target } = parts;
  if (!target.webUrl) throw new Error(`targets.${target.id}.webUrl is not set; renting a car needs the company's website`);
  return target.webUrl;
}
