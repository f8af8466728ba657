import { writeFile } from 'node:fs/promises';
import type { BenchResult, Benchmark } from './benchmark.ts';
import type { Machine } from './machine.ts';

export interface Outcome {
  benchmark: Benchmark;
  command: string;
  result?: BenchResult;
  /** Why the benchmark could not run to the end. */
  error?: string;
}

/** bench/RESULTS.md: a summary table, then each benchmark's figures, goal and note, and the machine. */
export async function writeResultsFile(file: string, outcomes: readonly Outcome[], machine: Machine, command: string, quick: boolean): Promise<void> {
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`${command}\` on ${machine.date}${quick ? ' (**quick sizes**: a smoke run, not the figures the goals are judged on)' : ''}.`,
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memory}, Node ${machine.node}, load average ${machine.load.toFixed(1)} when it began. What each benchmark measures: [docs/benchmarks.md](../docs/benchmarks.md).`,
    '',
    '| benchmark | figure | goal | met |',
    '|---|---|---|---|',
    ...outcomes.map(({ benchmark, result, error }) => `| ${benchmark.title} | ${result?.figure ?? 'not measured'} | ${result?.goal ?? '—'} | ${verdict(result, error)} |`),
    '',
    ...outcomes.flatMap(section),
  ];
  await writeFile(file, `${lines.join('\n')}\n`);
}

export function verdict(result: BenchResult | undefined, error?: string): string {
  if (error || !result || result.met === undefined) return 'not judged';
  return result.met ? 'met' : 'missed';
}

function section({ benchmark, command, result, error }: Outcome): string[] {
  return [
    `## ${benchmark.title}`,
    '',
    `command: \`${command}\``,
    '',
    ...(result
      ? ['| measure | value |', '|---|---|', ...result.measures.map((measure) => `| ${measure.what} | ${measure.value} |`), '', `Goal ${result.goal}: **${verdict(result)}** (${result.figure}).`]
      : [`Not measured: ${error}`]),
    ...(result?.note ? ['', result.note] : []),
    '',
  ];
}
