import path from 'node:path';
import { parseArgs } from 'node:util';
import { daemonMemory } from './daemon-memory.bench.ts';
import { mailWakeup } from './mail-wakeup.bench.ts';
import { overhead } from './overhead.bench.ts';
import { peer } from './peer.bench.ts';
import { report } from './report.bench.ts';
import { scaling } from './scaling.bench.ts';
import type { Benchmark } from './support/benchmark.ts';
import { describeMachine } from './support/machine.ts';
import { verdict, writeResultsFile, type Outcome } from './support/results-file.ts';

/**
 * `npm run bench [-- <name>…] [--quick]`: runs the benchmarks one after another (never two at
 * once, so that they do not share the cores), prints each one's figures and writes bench/RESULTS.md.
 */
const BENCHMARKS: readonly Benchmark[] = [overhead, peer, mailWakeup, scaling, report, daemonMemory];

const { values, positionals } = parseArgs({ allowPositionals: true, options: { quick: { type: 'boolean', default: false } } });
const unknown = positionals.filter((name) => !BENCHMARKS.some((benchmark) => benchmark.name === name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; there are: ${BENCHMARKS.map((benchmark) => benchmark.name).join(', ')}`);
  process.exit(2);
}
const selected = positionals.length > 0 ? BENCHMARKS.filter((benchmark) => positionals.includes(benchmark.name)) : BENCHMARKS;
const quickFlag = values.quick ? ' --quick' : '';

const machine = describeMachine(); // before the first benchmark, so that its load average is the machine's own
const outcomes: Outcome[] = [];
for (const benchmark of selected) {
  const command = `npm run bench -- ${benchmark.name}${quickFlag}`;
  console.log(`\n▶ ${benchmark.title}`);
  const started = performance.now();
  try {
    const result = await benchmark.run({ quick: values.quick });
    outcomes.push({ benchmark, command, result });
    for (const measure of result.measures) console.log(`  ${measure.what.padEnd(90)} ${measure.value}`);
    console.log(`  ${benchmark.name}: ${result.figure} (goal ${result.goal}: ${verdict(result)})   command: ${command}`);
    if (result.note) console.log(`  note: ${result.note}`);
  } catch (error) {
    outcomes.push({ benchmark, command, error: (error as Error).message });
    console.log(`  ${benchmark.name}: not measured: ${(error as Error).message}`);
  }
  console.log(`  (took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

const file = path.join(import.meta.dirname, 'RESULTS.md');
await writeResultsFile(file, outcomes, machine, values.quick, BENCHMARKS);
console.log(`\nResults: ${path.relative(process.cwd(), file)}`);
process.exit(outcomes.some((outcome) => outcome.error) ? 1 : 0);
