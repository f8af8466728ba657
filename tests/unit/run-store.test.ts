import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { openRunStore, openSqliteRunStore, storePath } from '../../src/store/run-store.ts';
import { StoreError } from '../../src/store/store-error.ts';
import { ConfigError } from '../../src/config/config-error.ts';
import { runReport } from '../support/run-reports.ts';
import { ROOT } from '../support/run-cli.ts';

async function freshFile(name = 'history.sqlite'): Promise<string> {
  return path.join(await mkdtemp(path.join(os.tmpdir(), 'run-store-')), 'not-yet', name);
}

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 8, minute)).toISOString();

describe('SQLite run store', () => {
  test('a new store is created with its folder, at the newest schema version', async () => {
    const file = await freshFile();
    await (await openSqliteRunStore(file)).close();
    const db = new Database(file, { readonly: true });
    assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    assert.equal(db.pragma('application_id', { simple: true }), APPLICATION_ID);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    assert.deepEqual(tables, ['acknowledgements', 'alert_state', 'journey_results', 'runs', 'verdicts', 'watches']);
    db.close();
  });

  test('the store is MYSTERY_SHOPPER_STORE, else history.sqlite in the data folder', () => {
    assert.equal(storePath({ MYSTERY_SHOPPER_STORE: '/srv/audit/runs.db' }), '/srv/audit/runs.db');
    assert.equal(storePath({ MYSTERY_SHOPPER_DATA_DIR: '/srv/data' }), '/srv/data/history.sqlite');
  });

  test('without DATABASE_URL, the run store is the SQLite file', async () => {
    const file = await freshFile();
    const store = await openRunStore({ MYSTERY_SHOPPER_STORE: file, DATABASE_URL: '' });
    assert.equal(store.location, file);
    await store.close();
    assert.ok(existsSync(file));
  });
});

describe('a store that cannot be used is refused and left untouched', () => {
  test('a file that is not SQLite', async () => {
    const file = await freshFile('notes.sqlite');
    await writeFile(await ensureDir(file), 'These are my notes, not a database.\n'.repeat(50));
    await assertRefused(file, /is not a SQLite database; it was left untouched: move it away, or set MYSTERY_SHOPPER_STORE/);
  });

  test('a corrupt store', async () => {
    const file = await freshFile();
    const store = await openSqliteRunStore(file);
    for (let index = 0; index < 200; index++) await store.recordRun(runReport(`r${index}`, at(index), { enquiry: 'passed', unsubscribe: 'broken' }));
    await store.close();
    const bytes = await readFile(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xab, pageSize * 2, pageSize * 2 + 300); // the third page: part of a table's b-tree
    await writeFile(file, bytes);
    await assertRefused(file, /is corrupt \(.+\); it was left untouched: restore it from a backup/);
  });

  test('a store from a newer version of mystery-shopper', async () => {
    const file = await freshFile();
    await (await openSqliteRunStore(file)).close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    await assertRefused(file, new RegExp(`has schema version ${SCHEMA_VERSION + 1}, newer than this mystery-shopper knows \\(${SCHEMA_VERSION}\\); it was left untouched: upgrade mystery-shopper`));
  });

  test('a newer store a crashed writer left with its last changes still in the write-ahead log', async () => {
    const file = await freshFile();
    await (await openSqliteRunStore(file)).close();
    const crash = `
      const db = new (require('better-sqlite3'))(process.argv[1]);
      db.pragma('wal_autocheckpoint = 0');
      db.prepare('INSERT INTO alert_state VALUES (?, ?, ?, ?, ?)').run('demo', 'enquiry', 'slack', 'ok', 'now');
      db.pragma('user_version = ${SCHEMA_VERSION + 1}');
      process.exit(0);`;
    spawnSync(process.execPath, ['-e', crash, file], { cwd: ROOT, stdio: 'inherit' });
    assert.ok(existsSync(`${file}-wal`));
    // Closing a read-write connection would copy the log into the file: refusing it must not.
    await assertRefused(file, /has schema version \d+, newer than this mystery-shopper knows/);
  });

  test('another application’s SQLite database', async () => {
    const file = await freshFile('contacts.db');
    await ensureDir(file);
    const db = new Database(file);
    db.exec('CREATE TABLE contacts (name TEXT)');
    db.close();
    await assertRefused(file, /is another application's SQLite database, not a mystery-shopper run store/);
  });

  test('a store another process holds the write lock on, when it is opened and when a run is recorded', async () => {
    const file = await freshFile();
    const store = await openSqliteRunStore(file, { busyTimeoutMs: 200 });
    await store.recordRun(runReport('r1', at(0), { enquiry: 'passed' }));
    const holder = await holdWriteLock(file);
    try {
      await assertRefused(file, /is locked by another process; it was left untouched: wait for the other mystery-shopper run to finish/);
      await assert.rejects(store.recordRun(runReport('r2', at(1), { enquiry: 'broken' })), /is locked by another process/);
    } finally {
      await holder.release();
    }
    await store.recordRun(runReport('r2', at(1), { enquiry: 'broken' }));
    assert.equal((await store.latestRun())?.runId, 'r2');
    await store.close();
  });
});

async function ensureDir(file: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  return file;
}

async function assertRefused(file: string, message: RegExp): Promise<void> {
  const before = await digest(file);
  await assert.rejects(
    openSqliteRunStore(file, { busyTimeoutMs: 200 }),
    (error: Error) => error instanceof StoreError && error instanceof ConfigError && message.test(error.message) && error.message.includes(file) && !error.message.includes('\n'),
  );
  assert.equal(await digest(file), before, `${file} changed`);
}

async function digest(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

/** A second process that takes the store's write lock and keeps it until released. */
async function holdWriteLock(file: string): Promise<{ release(): Promise<void> }> {
  const script = `
    const db = new (require('better-sqlite3'))(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    process.stdin.on('end', () => { db.exec('ROLLBACK'); db.close(); }).resume();`;
  const child = spawn(process.execPath, ['-e', script, file], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  await once(child.stdout, 'data');
  return {
    release: async () => {
      child.stdin.end();
      await once(child, 'close');
    },
  };
}
