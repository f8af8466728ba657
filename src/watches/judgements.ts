import type { ReceivedEmail } from '../mail/received-email.ts';
import { emailDraft, type Breach, type EvidenceDraft } from '../findings/evidence-draft.ts';
import type { FindingDraft } from '../findings/finding.ts';
import type { Watch } from '../findings/watches.ts';
import type { JudgedEvidence, Judgement } from './judge.ts';

/** The customer got what the watch waited for. */
export function passed(watch: Watch, now: Date): Judgement {
  return { judged: { ...watch, resolvedAt: now.toISOString(), status: 'passed' }, evidence: [] };
}

/** The customer did not: the finding in their words, with the evidence found for it. */
export function broken(watch: Watch, now: Date, finding: FindingDraft, evidence: JudgedEvidence[] = []): Judgement {
  return {
    judged: {
      ...watch,
      resolvedAt: now.toISOString(),
      status: 'broken',
      finding: { ...finding, evidence: evidence.map((found) => found.evidence) },
    },
    evidence,
  };
}

/** The breach a check shares with the run, with its evidence as bytes. */
export function breached(watch: Watch, now: Date, breach: Breach): Judgement {
  return broken(watch, now, breach.finding, breach.evidence.map(judgedEvidence));
}

/** An email's full source as evidence, named as the in-run checks name it: "label: subject". */
export function emailEvidence(label: string, email: ReceivedEmail): JudgedEvidence {
  return judgedEvidence(emailDraft(label, email));
}

/** A plain-text note as evidence. */
export function textEvidence(name: string, text: string): JudgedEvidence {
  return judgedEvidence({ name, body: text, contentType: 'text/plain' });
}

function judgedEvidence(draft: EvidenceDraft): JudgedEvidence {
  return { evidence: { name: draft.name, contentType: draft.contentType }, body: Buffer.from(draft.body) };
}
