import { readMailboxSettings } from '../channels/channel-settings.ts';
import { MailboxUnavailable } from '../channels/email/mailbox-errors.ts';
import type { Persona } from '../config/schema.ts';

/**
 * Logs in to the shopper's real mailbox once before a run, so that credentials the provider rejects
 * stop the run before any scenario (a ConfigError naming the variables) instead of failing every
 * scenario on them. A mailbox that cannot be reached is left to the scenarios, which report it as
 * a harness error in a report of their own. The local mailbox has nothing to check, and the
 * clients of the real ones are loaded only when one is chosen.
 */
export async function checkShopperLogin(dataDir: string, persona: Persona): Promise<void> {
  if (readMailboxSettings().kind === 'local') return;
  const { openShopperInboxes } = await import('./open-channels.ts');
  try {
    const inboxes = await openShopperInboxes(dataDir, persona);
    await inboxes.close();
  } catch (error) {
    if (!(error instanceof MailboxUnavailable)) throw error;
  }
}
