import type { Watch } from '../findings/watches.ts';
import { isoTime } from './record-run.ts';
import type { StoreDatabase } from './store-database.ts';

const OPEN_WATCHES = `SELECT watch FROM watches
  WHERE target_id = ? AND NOT EXISTS (
    SELECT 1 FROM verdicts
    WHERE verdicts.awaited_in = watches.run_id AND verdicts.journey_id = watches.journey_id
      AND verdicts.scenario = watches.scenario AND verdicts.kind = watches.kind)`;

const ORDER = 'ORDER BY due_at, run_id, journey_id, scenario, kind';

/** A target's watches no run has judged yet whose time has come, the longest due first. */
export function dueWatches(db: StoreDatabase, targetId: string, now: Date): Promise<Watch[]> {
  return watches(db, `${OPEN_WATCHES} AND due_at <= ? ${ORDER}`, [targetId, isoTime(now)]);
}

/** Every watch of a target no run has judged yet, due or not. */
export function openWatches(db: StoreDatabase, targetId: string): Promise<Watch[]> {
  return watches(db, `${OPEN_WATCHES} ${ORDER}`, [targetId]);
}

async function watches(db: StoreDatabase, sql: string, params: readonly unknown[]): Promise<Watch[]> {
  const rows = await db.all<{ watch: string }>(sql, params);
  return rows.map((row) => JSON.parse(row.watch) as Watch);
}
