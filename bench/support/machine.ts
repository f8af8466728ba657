import os from 'node:os';

/** The machine the figures were measured on, for the results file. */
export interface Machine {
  cores: number;
  cpu: string;
  memory: string;
  node: string;
  date: string;
  /** The 1-minute load average when the run began: anything else running skews the figures. */
  load: number;
}

export function describeMachine(): Machine {
  return {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    date: new Date().toISOString(),
    load: os.loadavg()[0] ?? 0,
  };
}
