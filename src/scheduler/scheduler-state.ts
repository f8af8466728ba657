import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What the daemon last did for one schedule, kept on disk so that a restart carries on. */
export interface GroupState {
  runId: string;
  startedAt: string;
  finishedAt?: string;
  /** running: started and not yet recorded as ended (or the daemon died meanwhile). */
  outcome: 'running' | 'completed' | 'interrupted';
  exitCode?: number;
}

/** The scheduler's memory: one small JSON file, replaced atomically on every change. */
export class SchedulerState {
  private groups: Record<string, GroupState> = {};
  /** Writes one at a time: two schedules that change at once would otherwise share the temporary file. */
  private writing: Promise<void> = Promise.resolve();

  private constructor(private readonly file: string) {}

  static async load(file: string): Promise<SchedulerState> {
    const state = new SchedulerState(file);
    try {
      state.groups = (JSON.parse(await readFile(file, 'utf8')) as { groups: Record<string, GroupState> }).groups;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${file} is not a scheduler state file: ${(error as Error).message}`);
    }
    return state;
  }

  get(group: string): GroupState | undefined {
    return this.groups[group];
  }

  /** Schedules whose last run never ended as completed: they are run again after a restart. */
  unfinished(): string[] {
    return Object.entries(this.groups)
      .filter(([, state]) => state.outcome !== 'completed')
      .map(([group]) => group);
  }

  async set(group: string, state: GroupState): Promise<void> {
    this.groups[group] = state;
    const write = this.writing.then(() => this.write());
    // A failed write is the caller's to report; the next change still writes the whole state.
    this.writing = write.catch(() => {});
    await write;
  }

  /** The whole state, replaced by rename: a kill at any moment leaves the old file or the new one. */
  private async write(): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ groups: this.groups }, null, 2));
    await rename(temporary, this.file);
  }
}
