/**
 * What the run store needs of a database; SQLite and PostgreSQL differ only behind it. SQL is
 * written once, for both, with `?` for each parameter. Every failure is a StoreError naming the
 * store.
 */
export interface StoreDatabase {
  /** The SQLite file, or the PostgreSQL URL with its password masked. */
  readonly location: string;
  all<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs the statements in one transaction: all of them, or none. */
  write(statements: readonly Statement[]): Promise<void>;
  close(): Promise<void>;
}

export interface Statement {
  sql: string;
  params: readonly unknown[];
}
