import { ConfigError } from '../config/config-error.ts';
import { optionalEnv } from '../config/env.ts';

/**
 * Where the demo company meets real mail servers, for auditing the demo through a real persona
 * mailbox (IMAP) in a lab: DEMO_MAIL_RELAY is the persona provider's MX the demo sends to, and
 * DEMO_SMTP_PORT fixes the demo's own MX port so that the provider can route to it.
 */
export function readDemoLabSettings(): { mailRelay?: { host: string; port: number }; smtpPort?: number } {
  const relay = optionalEnv('DEMO_MAIL_RELAY');
  const port = optionalEnv('DEMO_SMTP_PORT');
  const match = relay === undefined ? undefined : /^\[?([^\]]+?)\]?:(\d+)$/.exec(relay);
  if (relay !== undefined && !match) throw new ConfigError(`DEMO_MAIL_RELAY must be host:port, got "${relay}"`);
  if (port !== undefined && !/^\d+$/.test(port)) throw new ConfigError(`DEMO_SMTP_PORT must be a port number, got "${port}"`);
  return {
    ...(match ? { mailRelay: { host: match[1]!, port: Number(match[2]) } } : {}),
    ...(port ? { smtpPort: Number(port) } : {}),
  };
}
