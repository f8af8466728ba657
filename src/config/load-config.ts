import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from './config-error.ts';
import { loadDotEnv, optionalEnv } from './env.ts';
import { noteLoadedConfig } from './loaded-configs.ts';
import { closestWords } from '../text/closest-words.ts';
import { configSchema, type MysteryShopperConfig, type TargetConfig } from './schema.ts';

export const DEFAULT_CONFIG_FILE = 'mystery-shopper.config.ts';

/** Loads and validates the config file (MYSTERY_SHOPPER_CONFIG, or ./mystery-shopper.config.ts). */
export async function loadConfig(): Promise<MysteryShopperConfig> {
  loadDotEnv();
  const file = path.resolve(optionalEnv('MYSTERY_SHOPPER_CONFIG') ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(file)) {
    throw new ConfigError(`Config file not found: ${file} (set MYSTERY_SHOPPER_CONFIG or create ${DEFAULT_CONFIG_FILE})`);
  }
  const module = await importConfig(file);
  const parsed = configSchema.safeParse(module.default);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${path.relative(process.cwd(), file)}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  noteLoadedConfig(parsed.data);
  return parsed.data;
}

/** The target this run audits: MYSTERY_SHOPPER_TARGET, or the config's default target. */
export function selectTarget(config: MysteryShopperConfig, requested = optionalEnv('MYSTERY_SHOPPER_TARGET'), source?: string): {
  id: string;
  target: TargetConfig;
} {
  const id = requested ?? config.defaultTarget;
  const target = config.targets[id];
  if (!target) {
    const known = Object.keys(config.targets);
    const from = source ?? (requested === undefined ? 'defaultTarget' : requested === optionalEnv('MYSTERY_SHOPPER_TARGET') ? 'MYSTERY_SHOPPER_TARGET' : 'MYSTERY_SHOPPER_TARGET or defaultTarget');
    const nearest = closestWords(id, known);
    throw new ConfigError(`Unknown target "${id}" (${from})${nearest.length > 0 ? `, did you mean "${nearest[0]}"?` : ''}; known targets: ${known.join(', ')}`);
  }
  return { id, target };
}

async function importConfig(file: string): Promise<{ default?: unknown }> {
  try {
    return (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new ConfigError(`${path.relative(process.cwd(), file)} could not be loaded: ${(error as Error).message.split('\n')[0]}`);
  }
}
