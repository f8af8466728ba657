import { LEAVE_IT, StoreError } from '../store-error.ts';

const ANOTHER_STORE = 'set DATABASE_URL to another database (or another ?schema=)';

export const ELSEWHERE_IN_POSTGRES = `or ${ANOTHER_STORE}`;

/** Anything pg or the server said, as one line naming the store; the password never appears in it. */
export function toPostgresStoreError(location: string, error: unknown, password: string | undefined): StoreError {
  if (error instanceof StoreError) return error;
  const { message, code } = error as { message?: string; code?: string };
  // Connecting to a name with several addresses fails with an AggregateError whose message is empty.
  let detail = (message || code || String(error)).replace(/\s+/g, ' ').trim();
  if (password) detail = detail.split(password).join('***');
  return new StoreError(`Run store ${location} cannot be used (${detail}); check DATABASE_URL: its host, port, user, password and database`);
}

export function foreignTables(location: string, tables: readonly string[]): StoreError {
  return new StoreError(
    `Run store ${location} holds tables named as the run store's (${tables.join(', ')}) that are not a mystery-shopper run store's; ${LEAVE_IT}: ${ANOTHER_STORE}`,
  );
}
