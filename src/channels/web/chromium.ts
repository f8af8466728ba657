import { existsSync } from 'node:fs';

/** Debian's Chromium, used when present: Playwright cannot download its own browser everywhere. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium from calling home from a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The Chromium to launch: CHROMIUM_PATH, else Debian's, else undefined for Playwright's own.
 * A CHROMIUM_PATH that does not exist is a configuration error, named as such.
 */
export function resolveChromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH points to ${configured}, which does not exist`);
    return configured;
  }
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}
