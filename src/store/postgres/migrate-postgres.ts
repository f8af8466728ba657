import type { ClientBase } from 'pg';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from '../migrations.ts';
import { newerSchema } from '../store-error.ts';
import { ELSEWHERE_IN_POSTGRES, foreignTables } from './postgres-errors.ts';

/** PostgreSQL's counterpart of SQLite's application_id and user_version: one row, ours. */
const MARKER = 'mystery_shopper_store';

const STORE_TABLES = [MARKER, 'runs', 'journey_results', 'alert_state', 'verdicts', 'watches', 'acknowledgements'];

/**
 * Judges the schema without writing (a foreign one, or one from a newer mystery-shopper, is
 * refused as it is), then applies the steps it lacks, each in a transaction of its own that also
 * records the new version. Each transaction first takes an advisory lock, so that runs starting
 * at once apply every step once: the second finds it applied.
 */
export async function migratePostgres(client: ClientBase, location: string, schema: string | undefined): Promise<void> {
  const version = await inspect(client, location);
  for (let step = version + 1; step <= SCHEMA_VERSION; step++) {
    await client.query('BEGIN');
    try {
      await applyStep(client, step, schema);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }
}

async function inspect(client: ClientBase, location: string): Promise<number> {
  const present = await storeTablesPresent(client);
  const marker = present.includes(MARKER) ? await readMarker(client) : undefined;
  if (present.length > 0 && marker?.applicationId !== APPLICATION_ID) throw foreignTables(location, present);
  const version = marker?.version ?? 0;
  if (version > SCHEMA_VERSION) throw newerSchema(location, version, SCHEMA_VERSION, ELSEWHERE_IN_POSTGRES);
  return version;
}

async function applyStep(client: ClientBase, step: number, schema: string | undefined): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [APPLICATION_ID]);
  if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${MARKER} (application_id INTEGER NOT NULL, version INTEGER NOT NULL)`);
  const applied = (await readMarker(client))?.version ?? 0;
  if (applied >= step) return;
  await client.query(MIGRATIONS[step - 1]!.postgres);
  await client.query(`DELETE FROM ${MARKER}`);
  await client.query(`INSERT INTO ${MARKER} (application_id, version) VALUES ($1, $2)`, [APPLICATION_ID, step]);
}

/** Store tables in the schema the connection creates tables in (none while a `?schema=` is not created yet). */
async function storeTablesPresent(client: ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename = ANY($1) ORDER BY tablename',
    [STORE_TABLES],
  );
  return rows.map((row) => row.name);
}

async function readMarker(client: ClientBase): Promise<{ applicationId: number; version: number } | undefined> {
  const { rows } = await client.query<{ applicationId: number; version: number }>(`SELECT application_id AS "applicationId", version FROM ${MARKER}`);
  return rows[0];
}
