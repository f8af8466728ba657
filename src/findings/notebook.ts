import type { TestInfo } from '@playwright/test';
import type { ReceivedEmail } from '../mail/received-email.ts';
import { labelForAllure } from './allure-labels.ts';
import { BrokenExperience } from './broken-experience.ts';
import { emailDraft } from './evidence-draft.ts';
import type { Degradation, Evidence, Finding } from './finding.ts';
import type { FindingKind } from './kinds.ts';
import type { Watch } from './watches.ts';

export const FINDING_CONTENT_TYPE = 'application/vnd.mystery-shopper.finding+json';
export const DEGRADATION_CONTENT_TYPE = 'application/vnd.mystery-shopper.degradation+json';
export const WATCH_CONTENT_TYPE = 'application/vnd.mystery-shopper.watch+json';
export const AWAITING_ANNOTATION = 'awaiting';
export const AT_END_OF_RUN_ANNOTATION = 'judged at the end of the run';
export const HARNESS_ERROR_ANNOTATION = 'harness-error';
export const NOT_CHECKED_ANNOTATION = 'not checked';

/**
 * The mystery shopper's notebook for one scenario: evidence as it is gathered, a broken
 * experience when one is met, a watch: a check that is only due later. Everything is written into the
 * Playwright result, so that it travels with it (HTML report, blob reports, shards).
 */
export type NewFinding = Omit<Finding, 'evidence' | 'scenario'> & { evidence?: Evidence[] };
export type NewDegradation = Omit<Degradation, 'kind' | 'evidence' | 'scenario'> & { evidence?: Evidence[] };

export interface NotebookOptions {
  /**
   * Asked before a company channel is blamed for not answering (`channel-unavailable`): why the
   * auditor itself has no network, or undefined when it has (or cannot tell). When it has none,
   * nothing is blamed on the company and the scenario is a harness error instead.
   */
  auditorOffline?: () => Promise<string | undefined>;
  /**
   * Keeps what the run started (the company, the mailbox) running until this time at least: a
   * watch judged at the end of the run must see everything that arrives until it is due.
   */
  holdRunOpenUntil?: (dueAt: Date) => Promise<void>;
}

/** The finding kind that says a company channel did not answer: the one an offline auditor also sees. */
const CHANNEL_UNAVAILABLE: FindingKind = 'channel-unavailable';

export class Notebook {
  private readonly softFindings: Finding[] = [];
  private findingsRecorded = 0;

  constructor(
    private readonly testInfo: TestInfo,
    private readonly options: NotebookOptions = {},
  ) {}

  async evidence(name: string, body: string | Buffer, contentType: string): Promise<Evidence> {
    await this.testInfo.attach(name, { body, contentType });
    return { name, contentType };
  }

  /**
   * Keeps an email as evidence: its full source (`message/rfc822`), named "label: subject" (or
   * "label: (no subject)"), as a later run's judge names it too (`emailDraft`).
   */
  keepEmail(label: string, email: ReceivedEmail): Promise<Evidence> {
    const { name, body, contentType } = emailDraft(label, email);
    return this.evidence(name, body, contentType);
  }

  /** Records the broken experience and ends the scenario there: the customer cannot go on either. */
  async broken(finding: NewFinding): Promise<never> {
    await this.stopIfAuditorOffline(finding);
    throw new BrokenExperience(await this.record(finding));
  }

  /**
   * Records a broken experience and lets the scenario go on, so that later checks still run and
   * one fault cannot hide another. The scenario fails when it ends (see `failOnFindings`).
   */
  async found(finding: NewFinding): Promise<void> {
    await this.stopIfAuditorOffline(finding);
    this.softFindings.push(await this.record(finding));
  }

  /**
   * Called when the scenario failed: records the finding that explains the failure (the company's
   * website was down), unless the scenario recorded a finding of its own already. When the
   * auditor itself has no network, the failure is a harness error instead: the scenario has
   * failed already, so it is marked (not skipped), and the report counts it not run.
   */
  async explainFailure(finding: NewFinding): Promise<void> {
    if (this.testInfo.status === 'passed' || this.testInfo.status === 'skipped' || this.findingsRecorded > 0) return;
    const offline = await this.auditorOffline(finding);
    if (offline) return void this.testInfo.annotations.push({ type: HARNESS_ERROR_ANNOTATION, description: offline });
    await this.record(finding);
  }

  /** Whether the scenario has met a broken experience so far. */
  hasFindings(): boolean {
    return this.findingsRecorded > 0;
  }

  /** Called when the scenario ends: fails it if `found` recorded anything and nothing else failed it. */
  failOnFindings(): void {
    const [first, ...more] = this.softFindings;
    if (!first || this.testInfo.status !== 'passed') return;
    const error = new BrokenExperience(first);
    if (more.length > 0) error.message += `\n  (and ${more.length} more: ${more.map((finding) => finding.kind).join(', ')})`;
    throw error;
  }

  /**
   * A soft expectation is not met: the customer gets what was promised, but worse (later, slower,
   * less clearly). Recorded without failing the scenario; the journey is `degraded`.
   */
  async degraded(degradation: NewDegradation): Promise<void> {
    const complete: Degradation = { ...degradation, kind: 'soft-expectation', evidence: degradation.evidence ?? [] };
    await this.testInfo.attach('degradation', { body: JSON.stringify(complete), contentType: DEGRADATION_CONTENT_TYPE });
    await labelForAllure('degradation', complete.kind);
  }

  /** This scenario does not apply to the company (e.g. it offers no unsubscribe address): not run. */
  notApplicable(reason: string): never {
    return this.notRun(reason);
  }

  /**
   * One check of the scenario is not made because the company does not offer what it needs (a shop
   * without a payment support channel): not a finding, and the report says it was not checked.
   */
  notChecked(check: string, reason: string): void {
    this.testInfo.annotations.push({ type: NOT_CHECKED_ANNOTATION, description: `${check}: ${reason}` });
  }

  /** The harness chose to stop here (a safety guard refused the next step): not run, with the reason. */
  notRun(reason: string): never {
    this.testInfo.skip(true, reason);
    throw new Error(reason); // unreachable: skip() throws; keeps the type checker honest
  }

  /**
   * The harness itself cannot run this scenario (its own mailbox is down): not run, with the
   * reason, and the run is a harness error (exit 2), because nobody has checked the customer's side.
   */
  harnessCannotRun(reason: string): never {
    this.testInfo.annotations.push({ type: HARNESS_ERROR_ANNOTATION, description: reason });
    this.testInfo.skip(true, reason);
    throw new Error(reason); // unreachable: skip() throws
  }

  /**
   * The check is due after this run: it travels with the result as a watch (shards and
   * merged reports included), the run store keeps it when the run is recorded, and a later run
   * judges it. The scenario is awaiting.
   */
  async awaiting(watch: Omit<Watch, 'scenario' | 'recordedAt'>): Promise<void> {
    await this.attachWatch(watch, AWAITING_ANNOTATION);
  }

  /** Whether the run can be held open until a watch is due, so that it is judged at the end of the run. */
  canJudgeAtEndOfRun(): boolean {
    return this.options.holdRunOpenUntil !== undefined;
  }

  /**
   * The check is due within what this run may wait, and only time tells: the watch travels with the
   * result like any other, and the same judge decides it at the end of this run, once every
   * scenario is done, so that the scenario frees its worker instead of waiting (waits overlap).
   * Until then the scenario is awaiting.
   */
  async judgeAtEndOfRun(watch: Omit<Watch, 'scenario' | 'recordedAt'>): Promise<void> {
    if (!this.options.holdRunOpenUntil) throw new Error('This notebook cannot leave a watch for the end of the run: nothing holds the run open (NotebookOptions.holdRunOpenUntil)');
    await this.options.holdRunOpenUntil(new Date(watch.dueAt));
    await this.attachWatch(watch, AT_END_OF_RUN_ANNOTATION);
  }

  /** A channel that did not answer while the auditor has no network either: the scenario stops as a harness error. */
  private async stopIfAuditorOffline(finding: NewFinding): Promise<void> {
    const offline = await this.auditorOffline(finding);
    if (offline) this.harnessCannotRun(offline);
  }

  /** The watch travels in the result, named by its scenario (the feature and the scenario, without the file), and is annotated for QA. */
  private async attachWatch(watch: Omit<Watch, 'scenario' | 'recordedAt'>, annotation: string): Promise<void> {
    const recorded: Watch = { ...watch, scenario: this.testInfo.titlePath.slice(1).join(' › '), recordedAt: new Date().toISOString() };
    await this.testInfo.attach('watch', { body: JSON.stringify(recorded), contentType: WATCH_CONTENT_TYPE });
    this.testInfo.annotations.push({ type: annotation, description: `${watch.check} — due ${watch.dueAt}` });
  }

  private async auditorOffline(finding: NewFinding): Promise<string | undefined> {
    if (finding.kind !== CHANNEL_UNAVAILABLE || !this.options.auditorOffline) return undefined;
    return this.options.auditorOffline();
  }

  private async record(finding: NewFinding): Promise<Finding> {
    const complete: Finding = { ...finding, evidence: finding.evidence ?? [] };
    this.findingsRecorded += 1;
    await this.testInfo.attach('finding', { body: JSON.stringify(complete), contentType: FINDING_CONTENT_TYPE });
    await labelForAllure('finding', complete.kind);
    return complete;
  }
}
