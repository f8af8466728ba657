import { leftOutFeatures, type LeftOutFeature } from './left-out-features.ts';
import { newRunId } from './run-id.ts';

/**
 * What a run is, as Playwright keeps it in its config metadata: in the blob report of every shard,
 * so that the merged report of a sharded run knows its run id, target and faults without the
 * global setup that knew them.
 */
export interface RunMetadata {
  runId: string;
  /** Absent: the configuration's default target. */
  targetId?: string;
  faults: string[];
  /** The feature files the run left out (they cannot run): the merged report lists their journeys too. */
  leftOut?: LeftOutFeature[];
}

const KEY = 'mysteryShopper';

/**
 * The run's metadata for playwright.config.ts. Fixes the run id in the environment first, so that
 * the global setup, the workers and the reporters of this process all share it; shards share it
 * when whoever starts them sets MYSTERY_SHOPPER_RUN_ID.
 */
export function runMetadata(env: NodeJS.ProcessEnv = process.env): Record<string, RunMetadata> {
  env.MYSTERY_SHOPPER_RUN_ID ||= newRunId();
  const faults = (env.DEMO_FAULTS ?? '').split(',').map((fault) => fault.trim()).filter(Boolean);
  const leftOut = leftOutFeatures(env);
  return { [KEY]: { runId: env.MYSTERY_SHOPPER_RUN_ID, ...(env.MYSTERY_SHOPPER_TARGET ? { targetId: env.MYSTERY_SHOPPER_TARGET } : {}), faults, ...(leftOut.length > 0 ? { leftOut } : {}) } };
}

/** The metadata a reporter finds in its config, merged from the shards' blobs when they were merged. */
export function readRunMetadata(metadata: Record<string, unknown>): RunMetadata | undefined {
  const value = metadata[KEY] as RunMetadata | undefined;
  return value && typeof value.runId === 'string' ? value : undefined;
}
