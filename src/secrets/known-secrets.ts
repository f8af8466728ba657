import { takeLoadedConfigs } from '../config/loaded-configs.ts';
import { maskSecrets, secretsFromEnv } from './mask-secrets.ts';
import { secretsOf } from './secrets-of.ts';

/** The secrets of every configuration this process loaded. */
const fromConfig = new Set<string>();

/** Takes in the secrets of the configurations loaded since the last look (loadConfig notes each). */
function rememberLoadedSecrets(): void {
  for (const { config, env } of takeLoadedConfigs()) for (const secret of secretsOf(config, env)) fromConfig.add(secret);
}

/** What this process must mask: the loaded configuration's secrets and the environment's. */
export function knownSecrets(): string[] {
  rememberLoadedSecrets();
  return [...new Set([...fromConfig, ...secretsFromEnv()])];
}

/** A line for a log or a message with every known secret and card number masked. */
export function maskKnownSecrets(text: string): string {
  return maskSecrets(text, knownSecrets());
}
