import { createHash, randomBytes } from 'node:crypto';
import type { Persona } from '../src/config/schema.ts';

/**
 * The persona as one scenario plays it: a fresh sub-address, so runs never see each other's mail,
 * and the persona's password, or a fresh throw-away one, for any account the scenario opens.
 */
export interface Shopper {
  name: string;
  email: string;
  /** E.164 mobile number for texts. */
  phone: string;
  /** The postal address parcels are delivered to. */
  deliveryAddress: string;
  password: string;
}

/** Where the scenario's addresses come from: the mailbox and the phone of the run. */
export interface AddressBook {
  mailbox: { address(tag: string): string };
  sms: { numberFor(tag: string): string };
}

export function shopperForScenario(persona: Persona, addresses: AddressBook, runId: string, scenarioId: string, attempt: number): Shopper {
  // Scenario ids share long prefixes; a short digest of the whole id keeps addresses unique and short.
  const scenario = createHash('sha256').update(`${scenarioId}#${attempt}`).digest('hex').slice(0, 10);
  const tag = `${runId.toLowerCase().replace(/[^a-z0-9]+/g, '')}-${scenario}`;
  return {
    name: persona.name,
    email: addresses.mailbox.address(tag),
    phone: addresses.sms.numberFor(tag),
    deliveryAddress: persona.deliveryAddress,
    password: persona.password?.reveal() ?? randomBytes(12).toString('base64url'),
  };
}
