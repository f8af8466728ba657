import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server the tests use: CI starts one there (see .ci/run). */
const ADMIN_URL = process.env.MYSTERY_SHOPPER_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  /** postgres:// URL of a new database of this test run's own. */
  url: string;
  /** The same database under another name for its schema, e.g. a fresh `?schema=` per test. */
  urlWith(params: Record<string, string>): string;
  drop(): Promise<void>;
}

/** A new, empty database, dropped at the end. No PostgreSQL is a failure, not a skip: CI guarantees one. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `ms_test_${randomBytes(6).toString('hex')}`;
  await asAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    urlWith: (params) => {
      const withParams = new URL(url.href);
      for (const [key, value] of Object.entries(params)) withParams.searchParams.set(key, value);
      return withParams.href;
    },
    drop: () => asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function asAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    const shown = new URL(ADMIN_URL);
    if (shown.password) shown.password = '***';
    throw new Error(
      `No PostgreSQL answers at ${shown.href} (${(error as Error).message || (error as { code?: string }).code}): the run store tests need one. ` +
        'Start it (.ci/run does), or set MYSTERY_SHOPPER_TEST_DATABASE_URL to a server where this user may create databases.',
    );
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs SQL on a database straight, beside the store, with one connection for the call. */
export async function onDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
