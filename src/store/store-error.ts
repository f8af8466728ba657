import { ConfigError } from '../config/config-error.ts';

/** The run store cannot be used as it is: one line naming the file and what to do; the file is left untouched. */
export class StoreError extends ConfigError {
  override name = 'StoreError';
}

export const LEAVE_IT = 'it was left untouched';
const ELSEWHERE = 'or set MYSTERY_SHOPPER_STORE to another file';

/** What SQLite said, in the words a person needs, as a StoreError; anything that is not SQLite's is rethrown. */
export function toStoreError(file: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) throw error;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return locked(file);
  if (code.startsWith('SQLITE_NOTADB')) return notADatabase(file);
  if (code.startsWith('SQLITE_CORRUPT')) return corrupt(file, (error as Error).message);
  return new StoreError(`Run store ${file} cannot be used: ${(error as Error).message} (${code}); ${LEAVE_IT}: check the file and its folder, ${ELSEWHERE}`);
}

export function locked(file: string): StoreError {
  return new StoreError(`Run store ${file} is locked by another process; ${LEAVE_IT}: wait for the other mystery-shopper run to finish, ${ELSEWHERE}`);
}

export function notADatabase(file: string): StoreError {
  return new StoreError(`Run store ${file} is not a SQLite database; ${LEAVE_IT}: move it away, ${ELSEWHERE}`);
}

export function foreignDatabase(file: string): StoreError {
  return new StoreError(`Run store ${file} is another application's SQLite database, not a mystery-shopper run store; ${LEAVE_IT}: ${ELSEWHERE}`);
}

export function corrupt(file: string, problem: string): StoreError {
  return new StoreError(`Run store ${file} is corrupt (${problem}); ${LEAVE_IT}: restore it from a backup, or move it away to start a new history`);
}

/** `elsewhere`: how to point mystery-shopper at another store. */
export function newerSchema(store: string, version: number, known: number, elsewhere = ELSEWHERE): StoreError {
  return new StoreError(
    `Run store ${store} has schema version ${version}, newer than this mystery-shopper knows (${known}); ${LEAVE_IT}: upgrade mystery-shopper, ${elsewhere}`,
  );
}
