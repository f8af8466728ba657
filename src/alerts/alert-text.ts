import type { Alert } from './alert.ts';

const CHANGE_WORD = { broken: 'Broken', degraded: 'Degraded', recovered: 'Recovered' } as const;

/** "Broken: Unsubscribe from marketing email": a subject or a card title. */
export function alertHeadline(alert: Alert): string {
  return `${alert.reminder ? 'Still ' : ''}${alert.reminder ? CHANGE_WORD[alert.change].toLowerCase() : CHANGE_WORD[alert.change]}: ${alert.journey.name}`;
}

/**
 * The alert in one sentence a person outside QA understands, e.g. "Broken since Sun 22 Nov,
 * 09:14 UTC: Unsubscribe from marketing email — I unsubscribed from Demo Shop, yet its offers
 * keep arriving (owner: marketing)".
 */
export function alertSentence(alert: Alert): string {
  const owner = alert.journey.owner ? ` (owner: ${alert.journey.owner})` : '';
  if (alert.change === 'recovered') return `Recovered at ${formatTime(alert.at)}: ${alert.journey.name} works again for customers${owner}`;
  return `${alert.reminder ? `Still ${CHANGE_WORD[alert.change].toLowerCase()}` : CHANGE_WORD[alert.change]} since ${formatTime(alert.since)}: ${alert.journey.name} — ${customerImpact(alert)}${owner}`;
}

/** The facts behind the sentence, as label and value: for a card, an email, a webhook's reader. */
export function alertFacts(alert: Alert, reportLink: string): Array<[label: string, value: string]> {
  const facts: Array<[string, string]> = [
    ['Company', alert.target.name],
    ['Journey', `${alert.journey.name} (${alert.journey.id})`],
  ];
  if (alert.journey.owner) facts.push(['Owner', alert.journey.owner]);
  if (alert.change !== 'recovered' && alert.failing.ofLast > 1) facts.push(['Failed', `${alert.failing.runs} of the last ${alert.failing.ofLast} runs`]);
  const kinds = [...new Set(alert.journey.findings.map((finding) => finding.kind))];
  if (kinds.length) facts.push(['Findings', kinds.join(', ')]);
  facts.push(['Run', alert.runId], ['Report', reportLink]);
  return facts;
}

/** A report link people can click (a published URL) rather than a path on the machine that ran the audit. */
export function isWebLink(link: string): boolean {
  return /^https?:\/\//.test(link);
}

/** The time of day with its date and zone, in the harness machine's time zone (TZ). */
export function formatTime(iso: string): string {
  return TIME_FORMAT.format(new Date(iso));
}

const TIME_FORMAT = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

function customerImpact(alert: Alert): string {
  const impacts = [...new Set(alert.journey.findings.map((finding) => finding.customerImpact))];
  if (impacts.length) return impacts.join('; ');
  return alert.change === 'broken' ? 'customers cannot complete it' : 'it works, but slower or less well than promised';
}
