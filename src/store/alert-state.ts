import type { Database } from 'better-sqlite3';

export type AlertState = 'broken' | 'degraded' | 'ok';

export function alertState(db: Database, journeyId: string, channel: string): AlertState | undefined {
  return db.prepare('SELECT state FROM alert_state WHERE journey_id = ? AND channel = ?').pluck().get(journeyId, channel) as AlertState | undefined;
}

export function setAlertState(db: Database, journeyId: string, channel: string, state: AlertState): void {
  db.prepare(
    `INSERT INTO alert_state (journey_id, channel, state, changed_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (journey_id, channel) DO UPDATE SET state = excluded.state, changed_at = excluded.changed_at`,
  ).run(journeyId, channel, state, new Date().toISOString());
}
