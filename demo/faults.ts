// The switchable faults of the demo company. Each one re-enacts a seed story so that the
// journey written for that story has something real to catch.

export interface DemoFault {
  name: string;
  seedStory: string;
  effect: string;
  /** The journey that must catch this fault, and exactly the finding kinds it must report. */
  caughtBy: { journey: string; kinds: readonly string[] };
}

export type FaultSet = ReadonlySet<string>;

export const DEMO_FAULTS: readonly DemoFault[] = [
  {
    name: 'unsubscribe-ignored',
    seedStory: 'Unsubscribed, yet offers still arrived three weeks later',
    effect:
      'One-click, footer-link and mailto unsubscribes answer success, but the subscriber stays subscribed ' +
      'and marketing mail keeps coming.',
    caughtBy: { journey: 'unsubscribe', kinds: ['opt-out-ignored'] },
  },
  {
    name: 'unsubscribe-link-broken',
    seedStory: 'The unsubscribe link led nowhere',
    effect:
      'The web unsubscribe URL (one-click POST and footer-link GET) answers 302 to /login?next=..., which RFC 8058 forbids.',
    caughtBy: { journey: 'unsubscribe', kinds: ['unsubscribe-broken'] },
  },
  {
    name: 'unsubscribe-mailbox-full',
    seedStory: 'The unsubscribe address bounced: mailbox full',
    effect: 'The inbound mail server rejects RCPT TO unsubscribe@demo-shop.test with "552 5.2.2 Mailbox full"; ' +
      'the shopper\'s mail provider returns an RFC 3464 bounce.',
    caughtBy: { journey: 'unsubscribe', kinds: ['unsubscribe-bounces'] },
  },
];

export function parseFaults(list: string | undefined): FaultSet {
  const names = (list ?? '').split(/[\s,]+/).filter((name) => name !== '');
  const known = DEMO_FAULTS.map((fault) => fault.name);
  for (const name of names) {
    if (!known.includes(name)) {
      throw new Error(`Unknown demo fault "${name}" in DEMO_FAULTS/--faults. Known faults: ${known.join(', ')}`);
    }
  }
  return new Set(names);
}
