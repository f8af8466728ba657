import { randomBytes } from 'node:crypto';

/** An unguessable token for a link or an address: lowercase letters and digits only (safe in a local part). */
export function newToken(): string {
  return randomBytes(12).toString('hex');
}
