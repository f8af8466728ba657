import { createHash, randomBytes } from 'node:crypto';
import type { Persona } from '../src/config/schema.ts';

/**
 * The persona as one scenario plays it: a fresh sub-address, so runs never see each other's mail,
 * and a fresh throw-away password for any account the scenario opens.
 */
export interface Shopper {
  name: string;
  email: string;
  /** E.164 mobile number for texts. */
  phone: string;
  /** Where parcels are delivered. */
  address: string;
  password: string;
}

export function shopperForScenario(persona: Persona, runId: string, scenarioId: string, attempt: number): Shopper {
  const [local, domain] = persona.email.split('@') as [string, string];
  // Scenario ids share long prefixes; a short digest of the whole id keeps addresses unique and short.
  const scenario = createHash('sha256').update(`${scenarioId}#${attempt}`).digest('hex').slice(0, 10);
  const tag = `${runId.toLowerCase().replace(/[^a-z0-9]+/g, '')}-${scenario}`;
  return {
    name: persona.name,
    email: `${local}+${tag}@${domain}`,
    phone: freshNumber(persona.phone ?? '+447700900000', scenario),
    address: persona.address ?? '12 Park Lane, Demo Town',
    password: randomBytes(12).toString('base64url'),
  };
}

/** The persona's number with its last six digits taken from the scenario digest. */
function freshNumber(phone: string, digest: string): string {
  const digits = String(parseInt(digest.slice(0, 8), 16) % 1_000_000).padStart(6, '0');
  return `${phone.slice(0, -6)}${digits}`;
}
