import path from 'node:path';
import type { EventEmitter } from 'node:events';

interface FileTime {
  file: string;
  seconds: number;
  failed: boolean;
}

/**
 * How long each test file of a node:test run took (wall time, from its process's start to its end),
 * as lines naming the slowest `count`, once the run ends: so that the next slow test is seen the
 * day it lands. Files that run side by side overlap: their times add up to more than the run's.
 */
export function slowestFiles(stream: EventEmitter, count: number): Promise<string> {
  const started = Date.now();
  const files: FileTime[] = [];
  stream.on('test:complete', (data: { name: string; file?: string; nesting: number; details: { duration_ms: number; error?: unknown } }) => {
    // node reports each file as a test of its own, named by its path, around the file's tests.
    if (data.nesting !== 0 || data.file === undefined || data.name !== data.file) return;
    files.push({ file: path.relative(process.cwd(), data.file), seconds: data.details.duration_ms / 1000, failed: data.details.error !== undefined });
  });
  return new Promise((resolve) => {
    stream.on('end', () => resolve(slowestLines(files, count, (Date.now() - started) / 1000)));
  });
}

function slowestLines(files: FileTime[], count: number, totalSeconds: number): string {
  const slowest = [...files].sort((a, b) => b.seconds - a.seconds).slice(0, count);
  const lines = slowest.map(({ file, seconds, failed }) => `${seconds.toFixed(1).padStart(7)} s  ${file}${failed ? '  (failed)' : ''}`);
  return [`\nThe ${slowest.length} slowest of ${files.length} test files (the whole run took ${totalSeconds.toFixed(0)} s):`, ...lines].join('\n');
}
