import { ConfigError } from '../config/config-error.ts';
import { optionalEnv } from '../config/env.ts';

/**
 * The port the local mailbox's SMTP server listens on (127.0.0.1): MYSTERY_SHOPPER_LOCAL_SMTP_PORT,
 * so that a lab company on this machine can be told where to deliver the shopper's mail; unset,
 * any free port (only the demo company, started by the run, learns it).
 */
export function localMailboxPort(): number | undefined {
  const port = optionalEnv('MYSTERY_SHOPPER_LOCAL_SMTP_PORT');
  if (port === undefined) return undefined;
  if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65_535) {
    throw new ConfigError(`MYSTERY_SHOPPER_LOCAL_SMTP_PORT must be a port number (1-65535), got "${port}"`);
  }
  return Number(port);
}
