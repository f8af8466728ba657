import path from 'node:path';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import type { Evidence, Finding } from '../findings/finding.ts';
import { AWAITING_ANNOTATION, FINDING_CONTENT_TYPE } from '../findings/notebook.ts';
import type { ScenarioOutcome } from './experience-report.ts';
import { readJourneyTags } from './journey-tags.ts';

/** An attachment a finding names as evidence, where its bytes are. */
export interface EvidenceSource {
  name: string;
  contentType: string;
  path?: string;
  body?: Buffer;
}

export interface CollectedOutcome {
  outcome: ScenarioOutcome;
  /** Where each piece of evidence the findings cite is, looked up in this scenario's own attachments. */
  evidenceSources: Map<Evidence, EvidenceSource>;
}

/** Reads one scenario's final result: status, findings, pending verdicts, evidence. */
export function collectOutcome(test: TestCase, result: TestResult): CollectedOutcome {
  const tags = readJourneyTags(test.tags);
  const feature = test.parent.title;
  const findings = result.attachments
    .filter((attachment) => attachment.contentType === FINDING_CONTENT_TYPE && attachment.body)
    .map((attachment) => JSON.parse(attachment.body!.toString('utf8')) as Finding);
  const awaiting = (result.annotations ?? test.annotations).find((annotation) => annotation.type === AWAITING_ANNOTATION);
  const skipReason = (result.annotations ?? test.annotations).find((annotation) => annotation.type === 'skip')?.description;
  const problem = result.status === 'skipped' ? skipReason : result.error?.message?.split('\n')[0];
  const outcome: ScenarioOutcome = {
    journeyId: journeyIdOf(test),
    journeyName: feature,
    owner: tags.owner,
    severity: tags.severity,
    channels: tags.channels,
    scenario: test.title,
    status: scenarioStatus(result, findings.length > 0, awaiting !== undefined),
    durationMs: result.duration,
    findings,
    ...(awaiting?.description ? { awaiting: awaiting.description } : {}),
    // Why the journey could not be judged: its failure, or why it was not run.
    ...(findings.length === 0 && problem && result.status !== 'passed' ? { problem: stripAnsi(problem) } : {}),
  };
  const evidenceSources = new Map<Evidence, EvidenceSource>();
  for (const evidence of findings.flatMap((finding) => finding.evidence)) {
    const attachment = result.attachments.find((candidate) => candidate.name === evidence.name && candidate.contentType !== FINDING_CONTENT_TYPE);
    if (attachment) evidenceSources.set(evidence, { name: attachment.name, contentType: attachment.contentType, path: attachment.path, body: attachment.body });
  }
  return { outcome, evidenceSources };
}

/** The journey a scenario belongs to: its @journey tag, else its feature file's name. */
export function journeyIdOf(test: TestCase): string {
  return readJourneyTags(test.tags).journey ?? path.basename(test.location.file).replace(/\.feature\.spec\.[jt]s$/, '');
}

function scenarioStatus(result: TestResult, hasFindings: boolean, isAwaiting: boolean): ScenarioOutcome['status'] {
  if (hasFindings) return 'broken';
  switch (result.status) {
    case 'passed':
      return isAwaiting ? 'awaiting' : 'passed';
    case 'skipped':
    case 'interrupted':
      return 'not-run';
    default:
      // The journey could not follow the company's pages: the harness's problem, not the customer's.
      return 'needs-maintenance';
  }
}

function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
