import type { MysteryShopperConfigInput } from './schema.ts';

/** Typed helper for mystery-shopper.config.ts; validation happens when the config is loaded. */
export function defineConfig(config: MysteryShopperConfigInput): MysteryShopperConfigInput {
  return config;
}
