import type { Finding } from './finding.ts';

/**
 * Thrown by a journey action when the customer's experience is broken. It fails the scenario like
 * any assertion, and tells the reporter that the failure is the company's, not the harness's.
 */
export class BrokenExperience extends Error {
  constructor(readonly finding: Finding) {
    super(`${finding.customerImpact}\n  expected: ${finding.expected}\n  observed: ${finding.observed}`);
    this.name = 'BrokenExperience';
  }
}
