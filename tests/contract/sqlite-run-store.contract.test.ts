import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../../src/store/migrations.ts';
import { openSqliteRunStore } from '../../src/store/run-store.ts';
import { knownIssuesContract } from './known-issues-contract.ts';
import { maintenanceContract } from './maintenance-contract.ts';
import { remindersContract } from './reminders-contract.ts';
import { trendsContract } from './trends-contract.ts';
import { runStoreContract, type StorePlace } from './run-store-contract.ts';

const sqlitePlace = async (): Promise<StorePlace> => {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'run-store-contract-')), 'history.sqlite');
  const withDatabase = <T>(work: (db: Database.Database) => T): T => {
    const db = new Database(file);
    try {
      return work(db);
    } finally {
      db.close();
    }
  };
  return {
    dialect: 'sqlite',
    open: () => openSqliteRunStore(file),
    exec: async (sql) => withDatabase((db) => void db.exec(sql)),
    rows: async <Row>(sql: string) => withDatabase((db) => db.prepare(sql).all() as Row[]),
    version: async () => withDatabase((db) => db.pragma('user_version', { simple: true }) as number),
    setVersion: async (version) =>
      withDatabase((db) => {
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma(`user_version = ${version}`);
      }),
  };
};
runStoreContract('SQLite', sqlitePlace);
knownIssuesContract('SQLite', sqlitePlace);
maintenanceContract('SQLite', sqlitePlace);
remindersContract('SQLite', sqlitePlace);
trendsContract('SQLite', sqlitePlace);
