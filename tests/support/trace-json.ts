import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { filesUnder } from '../../src/secrets/scrub-files.ts';

/**
 * The event lines of the trace archives under a folder that are not JSON: a trace the viewer
 * could not open. Each as "<archive>!/<entry>: <line start>".
 */
export async function brokenTraceLines(folder: string): Promise<string[]> {
  const broken: string[] = [];
  for (const file of (await filesUnder(folder)).filter((name) => name.endsWith('.zip'))) {
    for (const [entry, data] of Object.entries(unzipSync(await readFile(file)))) {
      if (!/\.(trace|network)$/.test(entry)) continue;
      for (const line of strFromU8(data).split('\n').filter(Boolean)) {
        if (!isJson(line)) broken.push(`${path.relative(folder, file)}!/${entry}: ${line.slice(0, 120)}`);
      }
    }
  }
  return broken;
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
