import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type pg from 'pg';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { openPostgresRunStore, openRunStore } from '../../src/store/run-store.ts';
import { StoreError } from '../../src/store/store-error.ts';
import { createTestDatabase, onDatabase, type TestDatabase } from '../support/postgres.ts';
import { runCli } from '../support/run-cli.ts';
import { runReport } from '../support/run-reports.ts';
import { knownIssuesContract } from './known-issues-contract.ts';
import { maintenanceContract } from './maintenance-contract.ts';
import { remindersContract } from './reminders-contract.ts';
import { trendsContract } from './trends-contract.ts';
import { runStoreContract, type StorePlace } from './run-store-contract.ts';

let database: TestDatabase;
let schemas = 0;

before(async () => {
  database = await createTestDatabase();
});
after(() => database?.drop());

/** Each test its own schema of the run's database, as `?schema=` gives it. */
const postgresPlace = async (): Promise<StorePlace> => {
  const schema = `contract_${++schemas}`;
  const url = database.urlWith({ schema });
  return {
    dialect: 'postgres',
    open: () => openPostgresRunStore(url),
    exec: (sql) => inSchema(url, schema, async (client) => void (await client.query(sql))),
    rows: (sql) => inSchema(url, schema, async (client) => (await client.query(sql)).rows),
    version: () => inSchema(url, schema, async (client) => (await client.query('SELECT version FROM mystery_shopper_store')).rows[0]?.version ?? 0),
    setVersion: (version) =>
      inSchema(url, schema, async (client) => {
        await client.query('CREATE TABLE IF NOT EXISTS mystery_shopper_store (application_id INTEGER NOT NULL, version INTEGER NOT NULL); DELETE FROM mystery_shopper_store');
        await client.query('INSERT INTO mystery_shopper_store VALUES ($1, $2)', [APPLICATION_ID, version]);
      }),
  };
};
runStoreContract('PostgreSQL', postgresPlace);
knownIssuesContract('PostgreSQL', postgresPlace);
maintenanceContract('PostgreSQL', postgresPlace);
remindersContract('PostgreSQL', postgresPlace);
trendsContract('PostgreSQL', postgresPlace);

describe('PostgreSQL run store', () => {
  test('runs that open a new database at once apply each step once', async () => {
    const fresh = await createTestDatabase();
    try {
      const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresRunStore(fresh.url)));
      await Promise.all(stores.map((store, index) => store.recordRun(runReport(`r${index}`, `2026-01-01T08:0${index}:00.000Z`, { enquiry: 'passed' }))));
      assert.equal((await stores[0]!.forTarget('demo').journeyRuns('enquiry', 10)).length, 4);
      await Promise.all(stores.map((store) => store.close()));
      const marker = await onDatabase(fresh.url, async (client) => (await client.query('SELECT application_id, version FROM mystery_shopper_store')).rows);
      assert.deepEqual(marker, [{ application_id: APPLICATION_ID, version: SCHEMA_VERSION }]);
    } finally {
      await fresh.drop();
    }
  });

  test('DATABASE_URL chooses PostgreSQL, and the store says where it is with the password masked', async () => {
    const url = new URL(database.urlWith({ schema: 'chosen' }));
    url.username = 'postgres';
    url.password = 'not-needed-here';
    const store = await openRunStore({ DATABASE_URL: url.href, MYSTERY_SHOPPER_STORE: '/nonexistent/history.sqlite' });
    await store.close();
    assert.equal(store.location, url.href.replace('not-needed-here', '***'));
  });

  test('mystery-shopper report reads the latest run from the store DATABASE_URL names', async () => {
    const url = database.urlWith({ schema: 'for_report' });
    const store = await openPostgresRunStore(url);
    await store.recordRun(runReport('r1', '2026-01-01T08:00:00.000Z', { enquiry: 'broken' }));
    await store.recordRun(runReport('r2', '2026-01-01T09:00:00.000Z', { enquiry: 'broken' }));
    await store.close();
    const run = await runCli(['report'], { DATABASE_URL: url, MYSTERY_SHOPPER_STORE: '/nonexistent/history.sqlite' });
    assert.equal(run.exitCode, 1, run.output);
    assert.match(run.output, /broken +enquiry \(no-answer\)/);
  });

  test('a schema from a newer mystery-shopper is refused and left untouched', async () => {
    const url = database.urlWith({ schema: 'newer' });
    await (await openPostgresRunStore(url)).close();
    await inSchema(url, 'newer', (client) => client.query('UPDATE mystery_shopper_store SET version = $1', [SCHEMA_VERSION + 1]));
    const before = await snapshot(url, 'newer');
    await assertRefused(
      url,
      new RegExp(`has schema version ${SCHEMA_VERSION + 1}, newer than this mystery-shopper knows \\(${SCHEMA_VERSION}\\); it was left untouched: upgrade mystery-shopper, or set DATABASE_URL`),
    );
    assert.deepEqual(await snapshot(url, 'newer'), before);
  });

  test('tables of the same names that are not a run store are refused and left untouched', async () => {
    const url = database.urlWith({ schema: 'shop' });
    await inSchema(url, 'shop', (client) => client.query("CREATE TABLE runs (id serial PRIMARY KEY, distance_km numeric); INSERT INTO runs (distance_km) VALUES (5)"));
    const before = await snapshot(url, 'shop');
    await assertRefused(url, /holds tables named as the run store's \(runs\) that are not a mystery-shopper run store's; it was left untouched: set DATABASE_URL to another database/);
    assert.deepEqual(await snapshot(url, 'shop'), before);
  });

  test('a server that cannot be reached, a login or a database it refuses: one line, the password masked', async () => {
    const secret = 'pa55-w0rd-secret';
    const urls = {
      unreachable: `postgres://postgres:${secret}@127.0.0.1:1/postgres`,
      unknownRole: withLogin(database.url, 'nobody_here', secret),
      unknownDatabase: `${withLogin(database.url, 'postgres', secret).replace(/\/[^/?]+(\?|$)/, '/no_such_database$1')}`,
    };
    const expected = { unreachable: /ECONNREFUSED/, unknownRole: /role "nobody_here" does not exist/, unknownDatabase: /database "no_such_database" does not exist/ };
    for (const [name, url] of Object.entries(urls)) {
      await assert.rejects(openRunStore({ DATABASE_URL: url }), (error: Error) => {
        assert.ok(error instanceof StoreError, name);
        assert.match(error.message, expected[name as keyof typeof expected]);
        assert.match(error.message, /:\*\*\*@.*check DATABASE_URL/);
        assert.doesNotMatch(error.message, new RegExp(secret));
        assert.doesNotMatch(error.message, /\n/);
        return true;
      });
    }
  });

  test('a DATABASE_URL that is not a postgres:// URL, or names an odd schema, is refused without repeating it', async () => {
    await assert.rejects(openRunStore({ DATABASE_URL: 'host=db password=pa55-w0rd-secret' }), (error: Error) => error instanceof StoreError && !error.message.includes('pa55'));
    await assert.rejects(openRunStore({ DATABASE_URL: database.urlWith({ schema: 'Robert"); DROP' }) }), /use lower-case letters, digits and _ only/);
  });
});

function withLogin(url: string, user: string, password: string): string {
  const login = new URL(url);
  login.username = user;
  login.password = password;
  return login.href;
}

/** A connection to the schema (created when missing), beside the store. */
function inSchema<T>(url: string, schema: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  return onDatabase(url, async (client) => {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`);
    return work(client);
  });
}

/** Every table of the schema with all its rows, as text. */
function snapshot(url: string, schema: string): Promise<Record<string, unknown[]>> {
  return onDatabase(url, async (client) => {
    const tables = (await client.query<{ name: string }>('SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 ORDER BY 1', [schema])).rows;
    const contents: Record<string, unknown[]> = {};
    for (const { name } of tables) contents[name] = (await client.query(`SELECT * FROM ${schema}.${name} ORDER BY 1`)).rows.map((row) => JSON.stringify(row));
    return contents;
  });
}

async function assertRefused(url: string, message: RegExp): Promise<void> {
  await assert.rejects(openPostgresRunStore(url), (error: Error) => error instanceof StoreError && message.test(error.message) && !error.message.includes('\n'));
}
