import type { Evidence } from '../../src/findings/finding.ts';
import { formatCalendarDate } from '../../src/text/calendar-dates.ts';
import { websitePart, type JourneyParts } from '../journey-parts.ts';
import { renewalDateIn } from './renewal-texts.ts';

export interface AccountRenewal {
  /** What the account says, as shown. */
  text: string;
  date?: Date;
  screenshot: Evidence;
}

/** Opens the account as the customer and reads when the membership renews; keeps a screenshot. */
export async function readAccountRenewal(parts: JourneyParts, label: string): Promise<AccountRenewal> {
  const { page, notebook, shopper, target } = parts;
  if (!target.webUrl) throw new Error(`targets.${target.id}.webUrl is not set; the membership lives on the company's website`);
  const text = await websitePart(parts, 'membership').renewalOnAccount(page, target.webUrl, shopper);
  const screenshot = await notebook.evidence(label, await page.screenshot({ fullPage: true }), 'image/png');
  const date = renewalDateIn(text);
  return date ? { text, date, screenshot } : { text, screenshot };
}

/** "22 Nov 2027", or the account's own words when they hold no date. */
export function describeAccountRenewal(account: AccountRenewal): string {
  return account.date ? formatCalendarDate(account.date) : `"${account.text}"`;
}
