// Kauppa Oy's switchable faults. Each is one way a real shop fails its customers; the harness's
// generic journeys must notice every one of them without knowing anything about Kauppa.

export interface KauppaFault {
  name: string;
  /** What a customer lives through, in plain words. */
  description: string;
  /** The harness journey that should notice it, and the finding kinds it should report. */
  expected: { journey: 'unsubscribe' | 'enquiry-answered'; kinds: readonly string[] };
}

export const KAUPPA_FAULTS: readonly KauppaFault[] = [
  {
    name: 'unsubscribe-ignored',
    description:
      'Every way out says it worked (the /peru and /asetukset pages, the reply-to-confirm mail and its notice), ' +
      'but the address stays on the list and "Viikon tarjoukset" keeps coming.',
    expected: { journey: 'unsubscribe', kinds: ['opt-out-ignored'] },
  },
  {
    name: 'unsubscribe-link-broken',
    description: 'The unsubscribe and preferences pages (/peru, /asetukset) answer 404, whatever the token.',
    expected: { journey: 'unsubscribe', kinds: ['unsubscribe-broken'] },
  },
  {
    name: 'unsubscribe-address-bounces',
    description: 'The MX refuses poistu@kauppa.test (and its +vahvista- replies) with 550 at RCPT time, so mail to it bounces.',
    expected: { journey: 'unsubscribe', kinds: ['unsubscribe-bounces'] },
  },
  {
    name: 'no-list-unsubscribe',
    description: 'Campaign mail carries no List-Unsubscribe header: the mail client offers no unsubscribe button (the footer links remain).',
    expected: { journey: 'unsubscribe', kinds: ['unsubscribe-broken'] },
  },
  {
    name: 'website-down',
    description: 'Every page of the website answers 503; mail keeps working.',
    expected: { journey: 'unsubscribe', kinds: ['channel-unavailable'] },
  },
  {
    name: 'enquiry-not-acknowledged',
    description: 'The help desk opens a ticket but sends no acknowledgement; the agent still answers.',
    expected: { journey: 'enquiry-answered', kinds: ['no-acknowledgement'] },
  },
  {
    name: 'enquiry-not-answered',
    description: 'The help desk acknowledges every enquiry, and nobody ever answers it.',
    expected: { journey: 'enquiry-answered', kinds: ['no-answer'] },
  },
  {
    name: 'support-address-bounces',
    description: 'The MX refuses asiakaspalvelu@kauppa.test with 550 at RCPT time, so every enquiry bounces.',
    expected: { journey: 'enquiry-answered', kinds: ['bounce'] },
  },
];

export type KauppaFaultName = (typeof KAUPPA_FAULTS)[number]['name'];

/**
 * The faults switched on, changeable while Kauppa runs: every part reads it at the moment it acts,
 * so a fault switched on mid-run takes effect on the next page or mail.
 */
export class Faults {
  #on = new Set<string>();

  constructor(names: Iterable<string> = []) {
    this.set(names);
  }

  has(name: string): boolean {
    return this.#on.has(name);
  }

  /** Replaces the set; an unknown name throws, naming the known ones. */
  set(names: Iterable<string>): void {
    const next = new Set(names);
    for (const name of next) {
      if (!KAUPPA_FAULTS.some((fault) => fault.name === name)) {
        throw new Error(`Unknown Kauppa fault "${name}"; known: ${KAUPPA_FAULTS.map((fault) => fault.name).join(', ')}`);
      }
    }
    this.#on = next;
  }

  list(): string[] {
    return [...this.#on];
  }
}

/** "a,b" (a CLI flag or KAUPPA_FAULTS) as fault names. */
export function parseFaultList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
