/** How large a benchmark run is: the sizes, or smaller ones for a smoke run. */
export interface BenchOptions {
  quick: boolean;
}

/** One measured figure, as a row of the results table. */
export interface Measure {
  what: string;
  value: string;
}

/** What a benchmark found: its figures, the goal it is held to, and whether it was met. */
export interface BenchResult {
  measures: Measure[];
  /** The headline figure against the goal, e.g. "1.32×". */
  figure: string;
  goal: string;
  /** undefined when the goal could not be judged (e.g. a server the benchmark needs is missing). */
  met: boolean | undefined;
  /** Why a goal was missed and what would close it, or how to read the figure. */
  note?: string;
}

export interface Benchmark {
  /** The name `npm run bench -- <name>` takes. */
  name: string;
  title: string;
  run(options: BenchOptions): Promise<BenchResult>;
}
