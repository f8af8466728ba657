import type { FullResult } from '@playwright/test/reporter';
import { selectTarget } from '../config/load-config.ts';
import type { MysteryShopperConfig } from '../config/schema.ts';
import { dataDir } from '../runtime/paths.ts';
import { findRunEnvironment } from '../runtime/run-environment.ts';
import { readRunMetadata } from '../runtime/run-metadata.ts';
import type { RunFacts } from './experience-report.ts';

/** The run a report is about, and where its data folder is. */
export interface ReportedRun {
  facts: Omit<RunFacts, 'finishedAt'>;
  dataDir: string;
}

/**
 * What the report says of the run: what the global setup that started it published, or, when
 * shards are merged (no global setup in this process), what every shard's blob carries in its
 * metadata. Undefined when nothing ran because the global setup failed: that error is reported
 * already, and there is no run to report.
 */
export function reportedRun(config: MysteryShopperConfig, metadata: Record<string, unknown>, result: FullResult, ranAnything: boolean): ReportedRun | undefined {
  const run = findRunEnvironment();
  if (run) {
    const { id, name, webUrl } = run.target;
    return { facts: { runId: run.runId, startedAt: run.startedAt, target: { id, name, ...(webUrl ? { webUrl } : {}) }, faults: run.faults }, dataDir: run.dataDir };
  }
  const merged = readRunMetadata(metadata);
  if (!merged || !ranAnything) return undefined;
  const { id, target } = selectTarget(config, merged.targetId);
  return {
    facts: {
      runId: merged.runId,
      startedAt: new Date(result.startTime).toISOString(),
      // Each shard started a demo company of its own; only a configured address means anything now.
      target: { id, name: target.name, ...(target.webUrl ? { webUrl: target.webUrl } : {}) },
      faults: merged.faults,
    },
    dataDir: dataDir(),
  };
}
