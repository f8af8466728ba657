import { watch, type FSWatcher } from 'node:fs';

/**
 * Wakes a waiting journey the moment a message file is committed to a store folder: a
 * file-system notification (inotify on Linux), not polling. Start it before the first look into
 * the folder, so that a message committed in between is not missed.
 */
export class ArrivalSignal {
  private readonly watcher: FSWatcher;
  private pending = false;
  private wake: (() => void) | undefined;

  constructor(dir: string, isMessageFile: (name: string) => boolean) {
    this.watcher = watch(dir, (_event, name) => {
      if (!name || !isMessageFile(name)) return;
      this.pending = true;
      this.wake?.();
    });
  }

  /** Resolves true when a message arrived since the last call, false after `timeoutMs` without. */
  next(timeoutMs: number): Promise<boolean> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(false), timeoutMs);
      const finish = (arrived: boolean) => {
        clearTimeout(timer);
        this.wake = undefined;
        this.pending = false;
        resolve(arrived);
      };
      this.wake = () => finish(true);
    });
  }

  close(): void {
    this.watcher.close();
    this.wake = undefined;
  }
}

/** Looks, and looks again at each arrival, until `look` finds something or the time is up. */
export async function waitForArrival<T>(
  dir: string,
  isMessageFile: (name: string) => boolean,
  timeoutMs: number,
  look: () => Promise<T | undefined>,
): Promise<T | undefined> {
  const arrivals = new ArrivalSignal(dir, isMessageFile);
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await look();
      if (found !== undefined) return found;
      const remaining = deadline - Date.now();
      if (remaining <= 0 || !(await arrivals.next(remaining))) return undefined;
    }
  } finally {
    arrivals.close();
  }
}
