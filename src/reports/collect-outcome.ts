import path from 'node:path';
import type { TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { maxDurationMs, readJourneyTags, type JourneyTags } from '../catalogue/journey-tags.ts';
import { formatDuration } from '../config/duration.ts';
import type { Degradation, Evidence, Finding } from '../findings/finding.ts';
import { AWAITING_ANNOTATION, DEGRADATION_CONTENT_TYPE, HARNESS_ERROR_ANNOTATION, NOT_CHECKED_ANNOTATION, FINDING_CONTENT_TYPE, WATCH_CONTENT_TYPE } from '../findings/notebook.ts';
import type { Watch } from '../findings/watches.ts';
import { BLOCKED_CONTENT_TYPE } from '../safety/blocked-requests.ts';
import type { BlockedRequest } from '../safety/origin-policy.ts';
import type { ScenarioOutcome } from './experience-report.ts';
import type { TextExcerpt } from './text-excerpt.ts';

/** An attachment a finding names as evidence, where its bytes are. */
export interface EvidenceSource {
  name: string;
  contentType: string;
  path?: string;
  body?: Buffer;
  /** The first lines the QA section quotes, made where the evidence is masked (mask-outgoing.ts). */
  excerpt?: TextExcerpt;
}

export interface CollectedOutcome {
  outcome: ScenarioOutcome;
  /**
   * Where each piece of evidence the findings and degradations cite is, looked up in this
   * scenario's own attachments; and where the scenario's trace and failure screenshot are.
   */
  evidenceSources: Map<Evidence, EvidenceSource>;
}

/** What Playwright keeps of a failed scenario, and how the report names it. */
const ARTIFACTS = [
  { attachment: 'trace', contentType: 'application/zip', name: 'Playwright trace' },
  { attachment: 'screenshot', contentType: 'image/png', name: 'the page when the scenario failed' },
];

/**
 * Reads one scenario's final result: status, findings, degradations, watches, evidence,
 * as the journey wrote them. Nothing is masked yet: the end of the run masks what leaves, at one
 * boundary (src/reports/mask-outgoing.ts), and a progress line is masked as it is printed.
 */
export function collectOutcome(test: TestCase, result: TestResult): CollectedOutcome {
  const tags = readJourneyTags(test.tags);
  const feature = test.parent.title;
  const scenario = test.title;
  const findings = recorded<Finding>(result, FINDING_CONTENT_TYPE).map((finding) => ({ ...finding, scenario }));
  const annotations = result.annotations ?? test.annotations;
  const awaiting = annotations.find((annotation) => annotation.type === AWAITING_ANNOTATION);
  const skipReason = annotations.find((annotation) => annotation.type === 'skip')?.description;
  const harnessError = annotations.find((annotation) => annotation.type === HARNESS_ERROR_ANNOTATION);
  const notChecked = annotations.flatMap((annotation) => (annotation.type === NOT_CHECKED_ANNOTATION && annotation.description ? [annotation.description] : []));
  // A harness error says why itself: the auditor offline, not the browser's error on the company's page.
  const problem = harnessError?.description ?? (result.status === 'skipped' ? skipReason : failureLine(result));
  const degradations = [
    ...recorded<Degradation>(result, DEGRADATION_CONTENT_TYPE),
    ...slowerThanThreshold(test, result, tags),
  ].map((degradation) => ({ ...degradation, scenario }));
  // Kept whatever else the scenario met: a late acknowledgement does not settle the answer still due.
  const allWatches = recorded<Watch>(result, WATCH_CONTENT_TYPE);
  const watches = allWatches.filter((watch) => !watch.atEndOfRun);
  const endOfRunWatches = allWatches.filter((watch) => watch.atEndOfRun);
  // Until the end of the run judges them (end-of-run-watches.ts), its checks leave the scenario awaiting.
  const status = scenarioStatus(result, findings.length > 0, degradations.length > 0, awaiting !== undefined || endOfRunWatches.length > 0, harnessError !== undefined);
  const blockedRequests = recorded<BlockedRequest[]>(result, BLOCKED_CONTENT_TYPE)
    .flat();
  // A page the journey had to open was refused: that, not the browser's error, is why it stopped.
  const refused = status === 'needs-maintenance' ? blockedRequests.find((blocked) => blocked.essential)?.reason : undefined;
  const evidenceSources = new Map<Evidence, EvidenceSource>();
  const cited = [...findings, ...degradations].flatMap((entry) => entry.evidence);
  for (const evidence of [...cited, ...endOfRunWatches.flatMap((watch) => watch.cites ?? [])]) {
    const attachment = result.attachments.find(
      (candidate) => candidate.name === evidence.name && candidate.contentType !== FINDING_CONTENT_TYPE && candidate.contentType !== DEGRADATION_CONTENT_TYPE,
    );
    if (attachment) evidenceSources.set(evidence, { name: attachment.name, contentType: attachment.contentType, path: attachment.path, body: attachment.body });
  }
  const artifacts = status === 'broken' || status === 'needs-maintenance' ? failureArtifacts(result, evidenceSources) : [];
  const outcome: ScenarioOutcome = {
    journeyId: journeyIdOf(test),
    journeyName: feature,
    owner: tags.owner,
    severity: tags.severity,
    channels: tags.channels,
    scenario,
    status,
    durationMs: result.duration,
    findings,
    ...(degradations.length > 0 ? { degradations } : {}),
    ...(artifacts.length > 0 ? { artifacts } : {}),
    ...(awaiting?.description ? { awaiting: awaiting.description } : {}),
    ...(watches.length > 0 ? { watches } : {}),
    ...(endOfRunWatches.length > 0 ? { endOfRunWatches } : {}),
    // Playwright retries only a failed attempt: a pass on a retry is a flaky step, not a broken experience.
    ...(result.status === 'passed' && result.retry > 0 ? { flaky: true as const } : {}),
    ...(harnessError && result.status !== 'passed' ? { harnessError: true as const } : {}),
    // Why the journey could not be judged: its failure, or why it was not run.
    ...(findings.length === 0 && problem && result.status !== 'passed' ? { problem: refused ?? stripAnsi(problem) } : {}),
    ...(blockedRequests.length > 0 ? { blockedRequests } : {}),
    ...(notChecked.length > 0 ? { notChecked } : {}),
  };
  return { outcome, evidenceSources };
}

/** The journey a scenario belongs to: its @journey tag, else its feature file's name. */
export function journeyIdOf(test: TestCase): string {
  return readJourneyTags(test.tags).journey ?? path.basename(test.location.file).replace(/\.feature\.spec\.[jt]s$/, '');
}

function recorded<T>(result: TestResult, contentType: string): T[] {
  return result.attachments
    .filter((attachment) => attachment.contentType === contentType && attachment.body)
    .map((attachment) => JSON.parse(attachment.body!.toString('utf8')) as T);
}

/** A scenario that got through, but took longer than its @max-duration tag allows. */
function slowerThanThreshold(test: TestCase, result: TestResult, tags: JourneyTags): Degradation[] {
  const threshold = maxDurationMs(tags, `${test.location.file}:${test.location.line}`);
  if (threshold === undefined || result.status !== 'passed' || result.duration <= threshold) return [];
  return [
    {
      kind: 'slow-journey',
      customerImpact: `It took ${formatDuration(result.duration)}, longer than the ${formatDuration(threshold)} it should take`,
      expected: `Done within ${formatDuration(threshold)} (@max-duration:${tags.maxDuration})`,
      observed: `Took ${formatDuration(result.duration)}`,
      evidence: [],
    },
  ];
}

function scenarioStatus(result: TestResult, hasFindings: boolean, isDegraded: boolean, isAwaiting: boolean, isHarnessError: boolean): ScenarioOutcome['status'] {
  if (hasFindings) return 'broken';
  // The harness failed, not the journey (e.g. a page that did not answer while the auditor itself was offline): nothing was judged.
  if (isHarnessError && result.status !== 'passed') return 'not-run';
  switch (result.status) {
    case 'passed':
      if (isDegraded) return 'degraded';
      return isAwaiting ? 'awaiting' : 'passed';
    case 'skipped':
    case 'interrupted':
      return 'not-run';
    default:
      // The journey could not follow the company's pages: the harness's problem, not the customer's.
      return 'needs-maintenance';
  }
}

/** The trace and screenshot Playwright kept of a failed scenario, registered as evidence. */
function failureArtifacts(result: TestResult, sources: Map<Evidence, EvidenceSource>): Evidence[] {
  return ARTIFACTS.flatMap(({ attachment: attachmentName, contentType, name }) => {
    const attachment = result.attachments.find((candidate) => candidate.name === attachmentName && candidate.contentType === contentType);
    if (!attachment?.path && !attachment?.body) return [];
    const evidence: Evidence = { name, contentType };
    sources.set(evidence, { name: attachment.name, contentType, path: attachment.path, body: attachment.body });
    return [evidence];
  });
}

/** The failure's first line, after the Gherkin step it happened in, e.g. "When I unsubscribe: locator.click: Timeout …". */
function failureLine(result: TestResult): string | undefined {
  const message = result.error?.message?.split('\n')[0];
  if (!message) return undefined;
  const step = failedStep(result.steps ?? []);
  return step ? `${step.title}: ${message}` : message;
}

/** The outermost failed test.step: a Gherkin step, also when it ran inside a hook (a Background's steps do). */
function failedStep(steps: readonly TestStep[]): TestStep | undefined {
  for (const step of steps) {
    if (!step.error) continue;
    if (step.category === 'test.step') return step;
    const inner = failedStep(step.steps);
    if (inner) return inner;
  }
  return undefined;
}

function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
