import { addCalendarMonths } from '../../src/text/calendar-dates.ts';
import { websitePart, type JourneyParts } from '../journey-parts.ts';
import { readAccountRenewal } from './account-renewal.ts';
import type { ExtensionPromise } from './extension-promise.ts';
import { grantsSixMonthExtension } from './renewal-texts.ts';

const EXTENSION_MONTHS = 6;
const REQUEST =
  'My order was late, and customer service offered me a six-month extension of my membership to make up for it. Could you please add it?';

/** Joins the membership and returns the renewal date the account shows. */
export async function joinMembership(parts: JourneyParts): Promise<Date> {
  const { page, shopper } = parts;
  await websitePart(parts, 'membership').join(page, webUrlOf(parts), shopper);
  const account = await readAccountRenewal(parts, 'my membership when I joined');
  if (!account.date) throw new Error(`The account shows no renewal date for the new membership: "${account.text}"`);
  return account.date;
}

/** Asks support, in the channel the website offers members, for the extension it offered. */
export async function askForExtension(parts: JourneyParts, originalRenewal: Date): Promise<ExtensionPromise> {
  const { page, notebook, shopper } = parts;
  // Replies are looked for from before the request: support's email may come before its page has loaded.
  const promisedAt = new Date();
  const answer = await websitePart(parts, 'membership').askSupport(page, webUrlOf(parts), shopper, REQUEST);
  const screenshot = await notebook.evidence("support's answer in the chat", await page.screenshot({ fullPage: true }), 'image/png');
  if (!grantsSixMonthExtension(answer)) throw new Error(`Support did not grant the six-month extension; it answered: "${answer}"`);
  return { originalRenewal, promisedRenewal: addCalendarMonths(originalRenewal, EXTENSION_MONTHS), promisedAt, evidence: [screenshot] };
}

function webUrlOf({ target }: JourneyParts): string {
  if (!target.webUrl) throw new Error(`targets.${target.id}.webUrl is not set; the membership lives on the company's website`);
  return target.webUrl;
}
