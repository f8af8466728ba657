import { readFileSync } from 'node:fs';

/** A process's resident set size now, in kB (VmRSS of /proc/<pid>/status); undefined once it is gone. */
export function residentKb(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Samples a process's RSS every `intervalMs` and keeps the peak of each cycle: `cycle()` says
 * which cycle the process is in (how many it has completed).
 */
export class RssSampler {
  readonly peaksKb: number[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(pid: number, cycle: () => number, intervalMs = 100) {
    this.timer = setInterval(() => {
      const rss = residentKb(pid);
      if (rss === undefined) return;
      const index = cycle();
      this.peaksKb[index] = Math.max(this.peaksKb[index] ?? 0, rss);
    }, intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
