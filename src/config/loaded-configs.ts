import type { MysteryShopperConfig } from './schema.ts';

/** A configuration this process loaded, with the environment as it was then. */
export interface LoadedConfig {
  config: MysteryShopperConfig;
  env: NodeJS.ProcessEnv;
}

/** Loaded, and not yet taken by the maskers (src/secrets/known-secrets.ts). */
const pending: LoadedConfig[] = [];

/** Called by loadConfig, so that every masker of this process learns the configuration's secrets. */
export function noteLoadedConfig(config: MysteryShopperConfig, env: NodeJS.ProcessEnv = process.env): void {
  pending.push({ config, env: { ...env } });
}

/** The configurations loaded since the last call, each once. */
export function takeLoadedConfigs(): LoadedConfig[] {
  return pending.splice(0);
}
