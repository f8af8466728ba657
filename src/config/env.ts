import { existsSync } from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { ConfigError } from './config-error.ts';

let loaded = false;

/** Loads .env from the working directory once; variables already set in the environment win. */
export function loadDotEnv(): void {
  if (loaded) return;
  loaded = true;
  const file = path.resolve('.env');
  if (existsSync(file)) dotenv.config({ path: file, quiet: true });
}

/** Reads a variable that must be set, naming it and where it is documented when it is not. */
export function requireEnv(name: string): string {
  loadDotEnv();
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new ConfigError(`Missing environment variable ${name}: set it in .env (see .env.example)`);
  }
  return value;
}

export function optionalEnv(name: string): string | undefined {
  loadDotEnv();
  const value = process.env[name];
  return value === '' ? undefined : value;
}

/** Reads a true/false variable, naming it when it holds anything else. */
export function booleanEnv(name: string, fallback: boolean): boolean {
  const text = optionalEnv(name);
  if (text === undefined) return fallback;
  if (!/^(true|false)$/i.test(text)) throw new ConfigError(`${name} must be true or false, got "${text}"`);
  return text.toLowerCase() === 'true';
}
