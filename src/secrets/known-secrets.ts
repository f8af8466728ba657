import type { MysteryShopperConfig } from '../config/schema.ts';
import { maskSecrets, secretsFromEnv } from './mask-secrets.ts';
import { secretsOf } from './secrets-of.ts';

/** The secrets of every configuration this process loaded. */
const fromConfig = new Set<string>();

/** Called when a configuration is loaded, so that every masker of this process knows its secrets. */
export function rememberSecretsOf(config: MysteryShopperConfig): void {
  for (const secret of secretsOf(config)) fromConfig.add(secret);
}

/** What this process must mask: the loaded configuration's secrets and the environment's. */
export function knownSecrets(): string[] {
  return [...new Set([...fromConfig, ...secretsFromEnv()])];
}

/** A line for a log or a message with every known secret and card number masked. */
export function maskKnownSecrets(text: string): string {
  return maskSecrets(text, knownSecrets());
}
