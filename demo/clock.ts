/**
 * The demo company's compressed clock. Its slow processes (a human answer after hours, a renewal
 * after months) run in seconds, so that a whole audit stays within a few minutes. One scale for
 * every process: by default one demo month passes in 500 ms of real time (a demo day in ~16 ms).
 */
export class DemoClock {
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #startedAt = Date.now();

  constructor(
    /** Real milliseconds per demo month (30 days). */
    readonly realMsPerMonth = 500,
    /** The demo calendar's date when the company opened. */
    readonly calendarStart = new Date(),
  ) {}

  /** Real milliseconds that a demo duration takes. */
  realMs(demo: { months?: number; days?: number; hours?: number; minutes?: number }): number {
    const months = (demo.months ?? 0) + (demo.days ?? 0) / 30 + (demo.hours ?? 0) / 720 + (demo.minutes ?? 0) / 43_200;
    return Math.round(months * this.realMsPerMonth);
  }

  /** Today on the demo calendar: runs fast, as the company's processes see time. */
  now(): Date {
    const elapsedMonths = (Date.now() - this.#startedAt) / this.realMsPerMonth;
    return new Date(this.calendarStart.getTime() + elapsedMonths * 30 * 86_400_000);
  }

  /** The demo calendar date that a demo duration from now falls on. */
  dateAfter(demo: Parameters<DemoClock['realMs']>[0]): Date {
    const months = this.realMs(demo) / this.realMsPerMonth;
    return new Date(this.now().getTime() + months * 30 * 86_400_000);
  }

  /** Runs `action` after a demo duration; cancelled by stop(). Errors are logged, never thrown. */
  after(demo: Parameters<DemoClock['realMs']>[0], action: () => void | Promise<void>): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      Promise.resolve()
        .then(action)
        .catch((error: unknown) => console.error('Demo Shop: a scheduled process failed:', error));
    }, this.realMs(demo));
    this.#timers.add(timer);
  }

  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
