import type { EvidenceDraft } from '../../src/findings/evidence-draft.ts';
import type { MarketingContact } from './contact-log.ts';

const DAY_MS = 24 * 3_600_000;

/** The calls among the contacts, as a timeline for evidence: who called, when, about what. */
export function callTimelineDraft(contacts: readonly MarketingContact[]): EvidenceDraft | undefined {
  const calls = contacts.filter((contact) => contact.channel === 'call');
  if (calls.length === 0) return undefined;
  const timeline = calls.map((call) => ({ at: call.receivedAt.toISOString(), from: call.from, about: call.summary }));
  return { name: 'sales calls received', body: JSON.stringify(timeline, null, 2), contentType: 'application/json' };
}

/** The most calls among the contacts within any one day: how the customer counts being called too often. */
export function mostCallsInOneDay(contacts: readonly MarketingContact[]): number {
  const times = contacts.filter((contact) => contact.channel === 'call').map((call) => call.receivedAt.getTime()).sort((a, b) => a - b);
  let most = 0;
  for (let first = 0, last = 0; last < times.length; last++) {
    while (times[last]! - times[first]! >= DAY_MS) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}
