import pg from 'pg';
import type { Statement, StoreDatabase } from '../store-database.ts';
import { migratePostgres } from './migrate-postgres.ts';
import { toPostgresStoreError } from './postgres-errors.ts';
import { parsePostgresUrl } from './postgres-url.ts';

/** Long enough for a server across the network; an address that never answers is reported, not waited on forever. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The store in PostgreSQL as a StoreDatabase, its schema brought up to date. One connection per
 * run: statements queue on it, and a transaction has it to itself.
 */
export async function openPostgresDatabase(url: string): Promise<StoreDatabase> {
  const target = parsePostgresUrl(url);
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    max: 1,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types: { getTypeParser: keepJsonAsText },
  });
  // A connection that drops while idle: the next statement reconnects, or reports why it cannot.
  pool.on('error', () => undefined);
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw toPostgresStoreError(target.location, error, target.password);
    }
  };
  await guard(async () => {
    const client = await pool.connect();
    try {
      await migratePostgres(client, target.location, target.schema);
    } finally {
      client.release();
    }
  }).catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });
  return {
    location: target.location,
    all: <Row>(sql: string, params: readonly unknown[] = []) => guard(async () => (await pool.query(numbered(sql), [...params])).rows as Row[]),
    write: (statements) => guard(() => writeAll(pool, statements)),
    close: () => pool.end(),
  };
}

async function writeAll(pool: pg.Pool, statements: readonly Statement[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const { sql, params } of statements) await client.query(numbered(sql), [...params]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The store's SQL marks parameters with `?`, as SQLite does; PostgreSQL numbers them. */
function numbered(sql: string): string {
  let count = 0;
  return sql.replace(/\?/g, () => `$${++count}`);
}

/** JSON columns come back as the text that was stored, as SQLite gives them, so that both backends parse alike. */
function keepJsonAsText(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === pg.types.builtins.JSON) return (value: string) => value;
  return pg.types.getTypeParser(oid, format);
}
