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

/**
 * The breaches a check shares with the run, each with its evidence as bytes: the first is the
 * judged watch's finding, the others its `moreFindings`, as the run would have found them all.
 */
export function breached(watch: Watch, now: Date, first: Breach, ...more: Breach[]): Judgement {
  const judgement = broken(watch, now, first.finding, first.evidence.map(judgedEvidence));
  if (more.length === 0) return judgement;
  const others = more.map((breach) => ({ finding: breach.finding, evidence: breach.evidence.map(judgedEvidence) }));
  return {
    judged: { ...judgement.judged, moreFindings: others.map(({ finding, evidence }) => ({ ...finding, evidence: evidence.map((found) => found.evidence) })) },
    evidence: [...judgement.evidence, ...others.flatMap((other) => other.evidence)],
  };
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
