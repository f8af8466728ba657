import type { WebsiteOutage } from '../src/channels/web/website-outage.ts';
import type { NewFinding } from '../src/findings/notebook.ts';

/** A company website that did not answer the page the customer opened, in the customer's words. */
export function websiteUnavailable(companyName: string, outage: WebsiteOutage): NewFinding {
  return {
    kind: 'channel-unavailable',
    customerImpact: `${companyName}'s website did not answer: ${outage.reason}`,
    expected: `${outage.url} opens`,
    observed: `${outage.detail} (${outage.url})`,
  };
}
