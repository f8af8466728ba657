import { readFile, writeFile } from 'node:fs/promises';
import type { BenchResult, Benchmark } from './benchmark.ts';
import type { Machine } from './machine.ts';

export interface Outcome {
  benchmark: Benchmark;
  command: string;
  result?: BenchResult;
  /** Why the benchmark could not run to the end. */
  error?: string;
}

/**
 * bench/RESULTS.md: a summary table, then each benchmark's figures, goal and note, each saying when,
 * by which command and under what load it was measured. A run of some benchmarks replaces their
 * rows and sections and keeps the others' as they were last measured.
 */
export async function writeResultsFile(file: string, outcomes: readonly Outcome[], machine: Machine, quick: boolean, order: readonly Benchmark[]): Promise<void> {
  const kept = parseResults(await readFile(file, 'utf8').catch(() => ''));
  const measured = new Map(outcomes.map((outcome) => [outcome.benchmark.title, { row: row(outcome), section: section(outcome, machine, quick) }]));
  const titles = order.map((benchmark) => benchmark.title).filter((title) => measured.has(title) || kept.has(title));
  const entry = (title: string) => measured.get(title) ?? kept.get(title)!;
  const lines = [
    '# Benchmark results',
    '',
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memory}, Node ${machine.node}. Each section says when, by which command and under what load it was measured. What each benchmark measures: [docs/benchmarks.md](../docs/benchmarks.md).`,
    '',
    '| benchmark | figure | goal | met |',
    '|---|---|---|---|',
    ...titles.map((title) => entry(title).row),
    '',
    ...titles.map((title) => entry(title).section),
  ];
  await writeFile(file, `${lines.join('\n')}\n`);
}

export function verdict(result: BenchResult | undefined, error?: string): string {
  if (error || !result || result.met === undefined) return 'not judged';
  return result.met ? 'met' : 'missed';
}

function row({ benchmark, result, error }: Outcome): string {
  return `| ${benchmark.title} | ${result?.figure ?? 'not measured'} | ${result?.goal ?? '—'} | ${verdict(result, error)} |`;
}

function section({ benchmark, command, result, error }: Outcome, machine: Machine, quick: boolean): string {
  return [
    `## ${benchmark.title}`,
    '',
    `command: \`${command}\`, ${machine.date}, load average ${machine.load.toFixed(1)} when the run began${quick ? ' (**quick sizes**: a smoke run, not the figures the goals are judged on)' : ''}`,
    '',
    ...(result
      ? ['| measure | value |', '|---|---|', ...result.measures.map((measure) => `| ${measure.what} | ${measure.value} |`), '', `Goal ${result.goal}: **${verdict(result)}** (${result.figure}).`]
      : [`Not measured: ${error}`]),
    ...(result?.note ? ['', result.note] : []),
    '',
  ].join('\n');
}

/** The rows and sections of an earlier results file, by benchmark title. */
function parseResults(text: string): Map<string, { row: string; section: string }> {
  const entries = new Map<string, { row: string; section: string }>();
  for (const part of text.split(/^(?=## )/m).slice(1)) {
    const title = part.slice(3, part.indexOf('\n'));
    const tableRow = text.split('\n').find((line) => line.startsWith(`| ${title} |`));
    if (tableRow) entries.set(title, { row: tableRow, section: part.trimEnd() + '\n' });
  }
  return entries;
}
