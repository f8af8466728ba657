import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** GNU time: it waits for the command and reports the CPU time of the command and every descendant it reaped. */
const GNU_TIME = '/usr/bin/time';

export interface TimedProcess {
  exitCode: number;
  output: string;
  wallMs: number;
  /** User + system CPU time of the whole process tree; undefined without GNU time (Debian package `time`). */
  cpuMs: number | undefined;
  /** Epoch ms of the spawn and of the exit, to line up with times the run recorded. */
  spawnedAt: number;
  exitedAt: number;
}

/** Runs a command to its end, timing its wall time from spawn to exit and its process tree's CPU time. */
export async function timedProcess(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<TimedProcess> {
  const cpuFile = existsSync(GNU_TIME) ? path.join(await mkdtemp(path.join(os.tmpdir(), 'cpu-time-')), 'cpu') : undefined;
  const [file, argv] = cpuFile ? [GNU_TIME, ['--format', '%U %S', '--output', cpuFile, command, ...args]] : [command, args];
  const spawnedAt = Date.now();
  const started = performance.now();
  const { exitCode, output } = await new Promise<{ exitCode: number; output: string }>((resolve, reject) => {
    const child = spawn(file, argv, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? -1, output }));
  });
  const wallMs = performance.now() - started;
  return { exitCode, output, wallMs, cpuMs: cpuFile ? await readCpuMs(cpuFile) : undefined, spawnedAt, exitedAt: Date.now() };
}

/** The last line GNU time wrote: "<user s> <system s>" (a line before it says why a command ended on a signal). */
async function readCpuMs(file: string): Promise<number> {
  const [user, system] = (await readFile(file, 'utf8')).trim().split('\n').at(-1)!.split(' ').map(Number);
  return ((user ?? NaN) + (system ?? NaN)) * 1000;
}
