import type { ReceivedEmail } from '../mail/received-email.ts';
import type { ReceivedSms } from '../channels/sms/sms-inbox.ts';
import type { Evidence, FindingDraft } from './finding.ts';

/** Where a scenario keeps its evidence: its Notebook (not imported, as the Notebook names its emails with `emailDraft`). */
interface EvidenceKeeper {
  evidence(name: string, body: string | Buffer, contentType: string): Promise<Evidence>;
}

/**
 * Evidence as a check finds it, before it is kept: a run attaches it to its scenario, a later
 * run's judge carries its bytes beside the report. Named alike either way.
 */
export interface EvidenceDraft {
  name: string;
  body: string;
  contentType: string;
}

/** A broken experience as a check decides it, in a run or when a later run judges its watch. */
export interface Breach {
  finding: FindingDraft;
  evidence: EvidenceDraft[];
}

/**
 * An email's full source, named "label: subject": the one way an email is named and typed as
 * evidence, kept in a run (`Notebook.keepEmail`) or by a later run's judge (`emailEvidence`).
 */
export function emailDraft(label: string, email: ReceivedEmail): EvidenceDraft {
  return { name: `${label}: ${email.subject || '(no subject)'}`, body: email.source, contentType: 'message/rfc822' };
}

/** A text as the phone shows it: who sent it, to which number, when. */
export function smsDraft(name: string, sms: ReceivedSms): EvidenceDraft {
  return { name, body: `From: ${sms.from}\nTo: ${sms.to}\nReceived: ${sms.receivedAt.toISOString()}\n\n${sms.body}`, contentType: 'text/plain' };
}

/** Attaches the draft to the scenario. */
export function keepEvidence(notebook: EvidenceKeeper, draft: EvidenceDraft): Promise<Evidence> {
  return notebook.evidence(draft.name, draft.body, draft.contentType);
}

/** Attaches the drafts to the scenario, in order. */
export function keepAllEvidence(notebook: EvidenceKeeper, drafts: readonly EvidenceDraft[]): Promise<Evidence[]> {
  return Promise.all(drafts.map((draft) => keepEvidence(notebook, draft)));
}
