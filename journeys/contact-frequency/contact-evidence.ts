import type { EvidenceDraft } from '../../src/findings/evidence-draft.ts';
import { callTimelineDraft } from './call-timeline.ts';
import { contactLog, type MarketingContact, type ObservationWindow } from './contact-log.ts';

/** The contact log, and the calls' timeline when there were calls, as evidence: as the run keeps them and a judge carries them. */
export function contactLogDrafts(contacts: readonly MarketingContact[], window: ObservationWindow): EvidenceDraft[] {
  const log = { name: 'marketing contacts received', body: JSON.stringify(contactLog(contacts, window), null, 2), contentType: 'application/json' };
  const calls = callTimelineDraft(contacts);
  return calls ? [log, calls] : [log];
}
