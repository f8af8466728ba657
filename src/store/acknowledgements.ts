import type { Acknowledgement } from '../report-model/known-issue.ts';
import { isoTime } from './record-run.ts';
import type { StoreDatabase } from './store-database.ts';

interface AcknowledgementRow {
  journeyId: string;
  reason: string;
  ticket: string | null;
  since: string;
  until: string | null;
  kinds: string;
}

/** A target's known issues, by journey. */
export async function acknowledgements(db: StoreDatabase, targetId: string): Promise<Acknowledgement[]> {
  const rows = await db.all<AcknowledgementRow>(
    `SELECT journey_id AS "journeyId", reason, ticket, since, expires_at AS until, kinds
     FROM acknowledgements WHERE target_id = ? ORDER BY journey_id`,
    [targetId],
  );
  return rows.map(({ ticket, until, kinds, ...row }) => ({ ...row, ...(ticket ? { ticket } : {}), ...(until ? { until } : {}), kinds: JSON.parse(kinds) as string[] }));
}

/** Acknowledges a journey's issue; a journey acknowledged again keeps only the newer acknowledgement. */
export function acknowledge(db: StoreDatabase, targetId: string, ack: Acknowledgement): Promise<void> {
  return db.write([
    {
      sql: `INSERT INTO acknowledgements (target_id, journey_id, reason, ticket, since, expires_at, kinds) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (target_id, journey_id) DO UPDATE SET reason = excluded.reason, ticket = excluded.ticket,
              since = excluded.since, expires_at = excluded.expires_at, kinds = excluded.kinds`,
      params: [targetId, ack.journeyId, ack.reason, ack.ticket ?? null, isoTime(ack.since), ack.until ? isoTime(ack.until) : null, JSON.stringify(ack.kinds)],
    },
  ]);
}

/** Removes a journey's acknowledgement; false when it had none. */
export async function removeAcknowledgement(db: StoreDatabase, targetId: string, journeyId: string): Promise<boolean> {
  const [row] = await db.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM acknowledgements WHERE target_id = ? AND journey_id = ?', [targetId, journeyId]);
  await db.write([{ sql: 'DELETE FROM acknowledgements WHERE target_id = ? AND journey_id = ?', params: [targetId, journeyId] }]);
  return Number(row?.n ?? 0) > 0;
}
