import { passwordOf } from '../../secrets/url-password.ts';
import { StoreError } from '../store-error.ts';

export interface PostgresTarget {
  /** The URL pg connects with: DATABASE_URL without our own `schema` parameter. */
  connectionString: string;
  /** The schema the store lives in (`?schema=`), created when missing; else the connection's current schema. */
  schema?: string;
  /** DATABASE_URL as it may be shown: its password masked. */
  location: string;
  password?: string;
}

/** A schema name that needs no quoting, so that it goes into search_path as it is. */
const PLAIN_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Reads DATABASE_URL: postgres://user:password@host:port/database?schema=name (pg's own parameters, e.g. sslmode, pass through). */
export function parsePostgresUrl(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw notAUrl();
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') throw notAUrl();
  const schema = parsed.searchParams.get('schema') ?? undefined;
  if (schema !== undefined && !PLAIN_NAME.test(schema)) {
    throw new StoreError(`DATABASE_URL names schema "${schema}": use lower-case letters, digits and _ only`);
  }
  const location = maskPassword(parsed);
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.href, schema, location, password: passwordOf(parsed) };
}

function maskPassword(url: URL): string {
  const shown = new URL(url.href);
  if (shown.password) shown.password = '***';
  return shown.href;
}

/** The value itself is never repeated: it may hold a password. */
function notAUrl(): StoreError {
  return new StoreError('DATABASE_URL is not a postgres:// URL (postgres://user:password@host:5432/database); fix it, or unset it to keep the run store in SQLite');
}
