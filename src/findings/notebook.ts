import type { TestInfo } from '@playwright/test';
import { BrokenExperience } from './broken-experience.ts';
import type { Evidence, Finding } from './finding.ts';
import { recordPendingVerdict, type PendingVerdict } from './pending-verdicts.ts';

export const FINDING_CONTENT_TYPE = 'application/vnd.mystery-shopper.finding+json';
export const AWAITING_ANNOTATION = 'awaiting';

/**
 * The mystery shopper's notebook for one scenario: evidence as it is gathered, a broken
 * experience when one is met, a verdict that is only due later. Everything is written into the
 * Playwright result, so that it travels with it (HTML report, blob reports, shards).
 */
export class Notebook {
  constructor(
    private readonly testInfo: TestInfo,
    private readonly pendingDir: string,
  ) {}

  async evidence(name: string, body: string | Buffer, contentType: string): Promise<Evidence> {
    await this.testInfo.attach(name, { body, contentType });
    return { name, contentType };
  }

  /** Records the broken experience and ends the scenario there, as the customer's journey ends. */
  async broken(finding: Omit<Finding, 'evidence'> & { evidence?: Evidence[] }): Promise<never> {
    const complete: Finding = { ...finding, evidence: finding.evidence ?? [] };
    await this.testInfo.attach('finding', { body: JSON.stringify(complete), contentType: FINDING_CONTENT_TYPE });
    throw new BrokenExperience(complete);
  }

  /** This scenario does not apply to the company (e.g. it offers no unsubscribe address): not run. */
  notApplicable(reason: string): never {
    this.testInfo.skip(true, reason);
    throw new Error(reason); // unreachable: skip() throws; keeps the type checker honest
  }

  /** The verdict is due after this run: record it for a later run, and mark the scenario awaiting. */
  async awaiting(verdict: Omit<PendingVerdict, 'scenario' | 'recordedAt'>): Promise<void> {
    const scenario = this.testInfo.titlePath.slice(1).join(' › ');
    const file = await recordPendingVerdict(this.pendingDir, { ...verdict, scenario, recordedAt: new Date().toISOString() });
    this.testInfo.annotations.push({ type: AWAITING_ANNOTATION, description: `${verdict.check} — due ${verdict.dueAt} (${file})` });
  }
}
