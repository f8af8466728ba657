import { isAllowedOrigin, OriginNotAllowed } from './allowed-origins.ts';

/** A request a guard stopped before it left the machine: a harness safety event, not a finding. */
export interface BlockedRequest {
  url: string;
  /** What the journey meant to do, in words: "open", "load a script from", "POST a one-click unsubscribe to". */
  purpose: string;
  /** The journey could not go on without it: a page it navigated to, an API it called. */
  essential: boolean;
  /** The sentence that says why, naming the target and its setting. */
  reason: string;
}

/**
 * The one place that decides whether a scenario may reach a URL: the target's own origin and its
 * allowedOrigins, nothing else. It remembers everything it refused, for the scenario's evidence
 * and the experience report. One per scenario; every channel that reaches the company asks it.
 */
export class OriginPolicy {
  readonly blocked: BlockedRequest[] = [];

  constructor(
    readonly targetId: string,
    readonly allowedOrigins: readonly string[],
  ) {}

  allows(url: string): boolean {
    return isAllowedOrigin(url, this.allowedOrigins);
  }

  /** Allows the URL, or records it and throws OriginNotAllowed: the journey cannot go on without it. */
  require(url: string, purpose: string): void {
    if (this.allows(url)) return;
    const error = new OriginNotAllowed(url, purpose, this.targetId);
    this.blocked.push({ url, purpose, essential: true, reason: error.message });
    throw error;
  }

  /** Records a refused request the journey may do without (an image, a tracking pixel). */
  refuse(url: string, purpose: string, essential: boolean): void {
    const { message } = new OriginNotAllowed(url, purpose, this.targetId);
    this.blocked.push({ url, purpose, essential, reason: message });
  }
}
