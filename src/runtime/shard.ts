import { ConfigError } from '../config/config-error.ts';

export interface Shard {
  current: number;
  total: number;
}

/** "2/3" (from --shard or MYSTERY_SHOPPER_SHARD) as Playwright wants it; undefined when not sharded. */
export function shardOf(text: string | undefined, source = 'MYSTERY_SHOPPER_SHARD'): Shard | undefined {
  if (!text) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const current = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || current < 1 || current > total) {
    throw new ConfigError(`${source}: "${text}" is not a shard; write it as <current>/<total>, e.g. 1/2`);
  }
  return { current, total };
}
