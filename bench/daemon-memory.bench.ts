import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from '../tests/support/run-cli.ts';
import type { Benchmark } from './support/benchmark.ts';
import { generateQuickJourney } from './support/generated-journey.ts';
import { RssSampler } from './support/rss-sampler.ts';
import { peakPerSlice, slope } from './support/stats.ts';

/** Growth over the last half that still counts as none: allocator noise, not a leak. */
const FLAT_KB_PER_CYCLE = 20;

/**
 * Peak RSS of `mystery-shopper schedule` over its cycles: a schedule firing every second, one run
 * at a time, the daemon sampled every 100 ms. Each cycle's run is stopped at its input check (an
 * invalid shard), so that a cycle takes seconds instead of a whole audit: the daemon's own work
 * per cycle (cron, queue, state file, child process, log file, report summary, log line) is all
 * there, while a run's own memory lives and dies in its own process.
 */
export const daemonMemory: Benchmark = {
  name: 'daemon-memory',
  title: 'Memory of the schedule daemon over its cycles',
  async run({ quick }) {
    const cycles = quick ? 20 : 100;
    const peaksKb = await daemonPeaks(cycles);
    const deciles = peakPerSlice(peaksKb, 10);
    const lastHalf = peaksKb.slice(Math.floor(cycles / 2)).map((y, index) => ({ x: index, y }));
    const growth = slope(lastHalf);
    const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
    return {
      measures: [
        { what: `cycles`, value: String(cycles) },
        { what: 'peak RSS per decile of the cycles', value: deciles.map(mb).join(', ') },
        { what: 'peak RSS, first cycle / overall', value: `${mb(peaksKb[0]!)} / ${mb(Math.max(...peaksKb))}` },
        { what: `growth over the last ${lastHalf.length} cycles (least-squares slope)`, value: `${growth.toFixed(1)} kB per cycle` },
      ],
      figure: `${growth.toFixed(1)} kB per cycle after warm-up`,
      goal: `no growth after warm-up (≤ ${FLAT_KB_PER_CYCLE} kB per cycle)`,
      met: growth <= FLAT_KB_PER_CYCLE,
    };
  },
};

/** Runs the daemon until `cycles` runs are logged, then SIGTERM; the peak RSS of each cycle. */
async function daemonPeaks(cycles: number): Promise<number[]> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'daemon-memory-'));
  const config = path.join(scratch, 'bench.config.mts');
  await writeFile(
    config,
    `import config from ${JSON.stringify(path.join(ROOT, 'mystery-shopper.config.ts'))};
export default { ...config, schedules: { bench: { cron: '* * * * * *' } } };
`,
  );
  const journey = await generateQuickJourney('daemon-memory', 1, 'bench');
  const daemon = spawn(process.execPath, [path.join(ROOT, 'bin', 'mystery-shopper.js'), 'schedule', '--stop-grace', '5s'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...journey,
      DATABASE_URL: '',
      MYSTERY_SHOPPER_CONFIG: config,
      MYSTERY_SHOPPER_DATA_DIR: path.join(scratch, 'data'),
      MYSTERY_SHOPPER_REPORTS_DIR: path.join(scratch, 'reports'),
      MYSTERY_SHOPPER_SHARD: 'stop-at-input-check',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let completed = 0;
  const sampler = new RssSampler(daemon.pid!, () => Math.min(completed, cycles - 1));
  const exited = new Promise<number>((resolve) => daemon.on('close', (code) => resolve(code ?? -1)));
  const output: string[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: daemon.stderr }).on('line', (line) => output.push(line));
      createInterface({ input: daemon.stdout }).on('line', (line) => {
        output.push(line);
        if (/ run=\S+ completed /.test(line) && ++completed >= cycles) resolve();
      });
      void exited.then((code) => reject(new Error(`the daemon exited ${code} after ${completed} cycles:\n${output.slice(-20).join('\n')}`)));
    });
  } finally {
    // Stopped whatever happened: a daemon left behind would go on running a schedule every second.
    sampler.stop();
    daemon.kill('SIGTERM');
    await exited;
  }
  return sampler.peaksKb;
}
