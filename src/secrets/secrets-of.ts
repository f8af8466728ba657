import { Secret } from '../config/secret.ts';
import type { MysteryShopperConfig } from '../config/schema.ts';
import { secretsFromEnv } from './mask-secrets.ts';

/**
 * Every value a run must never show: the settings the configuration keeps as a Secret (webhook
 * URLs, SMTP and persona passwords), each target's card number, CVC and ledger key, and the
 * secret variables of the environment (secretsFromEnv).
 */
export function secretsOf(config: MysteryShopperConfig, env: NodeJS.ProcessEnv = process.env): string[] {
  const payments = Object.values(config.targets).flatMap(({ payment }) =>
    // Kept as plain strings because journeys type them; secret all the same.
    payment ? [payment.card.number, payment.card.cvc, ...(payment.ledger ? [payment.ledger.apiKey] : [])] : [],
  );
  return [...new Set([...secretSettings(config), ...payments, ...secretsFromEnv(env)])];
}

/** The values of every Secret anywhere in a parsed configuration. */
function secretSettings(value: unknown): string[] {
  if (value instanceof Secret) return [value.reveal()];
  if (Array.isArray(value)) return value.flatMap(secretSettings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(secretSettings);
  return [];
}
