import path from 'node:path';
import { runPeer } from './peer/run-peer.ts';
import type { Benchmark } from './support/benchmark.ts';
import { factor, seconds } from './support/format.ts';
import { median } from './support/stats.ts';
import { readStepTimings } from './support/step-timings.ts';
import { expectExit, timedCli } from './support/timed-cli.ts';

const GOAL = 1.5;
const JOURNEYS = ['--journey', 'unsubscribe', '--journey', 'pay-and-get-ticket'];
/** Both stacks get as many workers as our runner takes by default: one per core. */
const WORKERS = 2;

/**
 * The unsubscribe and pay-and-get-ticket journeys (4 scenarios) on our runner and on the classic
 * stack (cucumber-js 12.9, the Playwright library, 1 s mailbox polling), alternating, the median
 * of each. Both drive the same feature files and journey actions against the same demo company.
 */
export const peer: Benchmark = {
  name: 'peer',
  title: 'Ours against the classic stack (cucumber-js + Playwright library + 1 s polling)',
  async run({ quick }) {
    const repetitions = quick ? 1 : 3;
    const ours: number[] = [];
    const classic: number[] = [];
    const startUps: number[] = [];
    const reporting: number[] = [];
    for (let repetition = 0; repetition < repetitions; repetition++) {
      const our = await timedCli(['run', ...JOURNEYS], { MYSTERY_SHOPPER_WORKERS: String(WORKERS) });
      expectExit(our, 0, 'our run of the two journeys');
      ours.push(our.wallMs);
      const steps = await readStepTimings(path.join(our.reportsDir, 'allure-results'));
      startUps.push(steps.firstStart - our.spawnedAt);
      reporting.push(our.exitedAt - steps.lastStop);
      const their = await runPeer(WORKERS);
      expectExit(their, 0, 'the classic stack');
      classic.push(their.wallMs);
    }
    const ratio = median(classic) / median(ours);
    return {
      measures: [
        { what: `ours: mystery-shopper run, ${WORKERS} workers, every report written (median of ${repetitions})`, value: seconds(median(ours)) },
        { what: `classic: cucumber-js --parallel ${WORKERS}, summary formatter only (median of ${repetitions})`, value: seconds(median(classic)) },
        { what: 'ours: start-up to the first scenario / reporting after the last (medians)', value: `${seconds(median(startUps))} / ${seconds(median(reporting))}` },
        { what: 'all runs, ours', value: ours.map(seconds).join(', ') },
        { what: 'all runs, classic', value: classic.map(seconds).join(', ') },
        { what: 'classic ÷ ours', value: factor(ratio) },
      ],
      figure: `${factor(ratio)} faster`,
      goal: `≥ ${GOAL}× faster`,
      met: ratio >= GOAL,
      note:
        ratio >= GOAL
          ? undefined
          : `Missed: both stacks run the same journey actions against the same demo company, whose clock (grace periods, ` +
            `observation windows) takes most of each scenario, so waking up to a second earlier per email (1 s polling) saves ` +
            `little. Our run then spends ${seconds(median(startUps))} before its first scenario (the CLI, bddgen, Playwright's ` +
            `TypeScript transform of every step and journey file in each worker) and ${seconds(median(reporting))} after its last ` +
            `(Playwright HTML, JUnit, Allure HTML, the experience report, its PDF, the run store), where the classic run loads its ` +
            `steps once and prints a summary. Closing it: skip bddgen when no feature or step changed, and write the Allure HTML ` +
            `and the PDF after the verdict (or only when asked).`,
    };
  },
};
