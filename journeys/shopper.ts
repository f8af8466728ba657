import { randomBytes } from 'node:crypto';
import type { Persona } from '../src/config/schema.ts';

/**
 * The persona as one scenario plays it: a fresh sub-address, so runs never see each other's mail,
 * and a fresh throw-away password for any account the scenario opens.
 */
export interface Shopper {
  name: string;
  email: string;
  password: string;
}

export function shopperForScenario(persona: Persona, runId: string, scenarioId: string): Shopper {
  const [local, domain] = persona.email.split('@') as [string, string];
  const tag = `${runId}-${scenarioId}`.toLowerCase().replace(/[^a-z0-9-]+/g, '').slice(0, 40);
  return { name: persona.name, email: `${local}+${tag}@${domain}`, password: randomBytes(12).toString('base64url') };
}
