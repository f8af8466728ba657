import { isoTime } from './record-run.ts';
import type { StoreDatabase } from './store-database.ts';

export type AlertState = 'broken' | 'degraded' | 'ok';

export async function alertState(db: StoreDatabase, targetId: string, journeyId: string, channel: string): Promise<AlertState | undefined> {
  const [row] = await db.all<{ state: AlertState }>('SELECT state FROM alert_state WHERE target_id = ? AND journey_id = ? AND channel = ?', [targetId, journeyId, channel]);
  return row?.state;
}

/** What was last told and when; `changed_at` is when a channel was last told (a reminder tells it again). */
export async function lastTold(db: StoreDatabase, targetId: string, journeyId: string, channel: string): Promise<{ state: AlertState; at: string } | undefined> {
  const [row] = await db.all<{ state: AlertState; at: string }>('SELECT state, changed_at AS at FROM alert_state WHERE target_id = ? AND journey_id = ? AND channel = ?', [targetId, journeyId, channel]);
  return row;
}

export function setAlertState(db: StoreDatabase, targetId: string, journeyId: string, channel: string, state: AlertState, at: string = new Date().toISOString()): Promise<void> {
  return db.write([
    {
      sql: `INSERT INTO alert_state (target_id, journey_id, channel, state, changed_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (target_id, journey_id, channel) DO UPDATE SET state = excluded.state, changed_at = excluded.changed_at`,
      params: [targetId, journeyId, channel, state, isoTime(at)],
    },
  ]);
}
