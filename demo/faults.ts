// The switchable faults of the demo company. Each one re-enacts a seed story so that the
// journey written for that story has something real to catch. Which journey must catch it, and as
// what, is the harness's test oracle: tests/support/demo-fault-oracle.ts.

export interface DemoFault {
  name: string;
  seedStory: string;
  effect: string;
}

export type FaultSet = ReadonlySet<string>;

export const DEMO_FAULTS: readonly DemoFault[] = [
  {
    name: 'unsubscribe-ignored',
    seedStory: 'Unsubscribed, yet offers still arrived three weeks later',
    effect:
      'One-click, footer-link and mailto unsubscribes answer success, but the subscriber stays subscribed ' +
      'and marketing mail keeps coming.',
  },
  {
    name: 'unsubscribe-link-broken',
    seedStory: 'The unsubscribe link led nowhere',
    effect:
      'The web unsubscribe URL (one-click POST and footer-link GET) answers 302 to /login?next=..., which RFC 8058 forbids.',
  },
  {
    name: 'unsubscribe-mailbox-full',
    seedStory: 'The unsubscribe address bounced: mailbox full',
    effect:
      'The inbound mail server rejects RCPT TO unsubscribe@demo-shop.test with "552 5.2.2 Mailbox full"; ' +
      "the shopper's mail provider returns an RFC 3464 bounce.",
  },
  {
    name: 'loyalty-price-higher',
    seedStory: 'Car rental: the price with my loyalty card was higher than the public web price',
    effect:
      'Signed in with a Drive Club loyalty card, the same car for the same dates costs 8 % more than for an ' +
      'anonymous visitor, instead of 10 % less.',
  },
  {
    name: 'quote-higher-than-web',
    seedStory: 'Car rental: the offer they emailed me was higher still',
    effect: 'The offer sent by "Email me this offer" quotes 12 % more than the price the site showed.',
  },
  {
    name: 'double-charge-on-retry',
    seedStory: 'Flight tickets: the payment failed, the agent completed it, and I was charged twice, 25 % apart',
    effect:
      'The first payment attempt shows an error although the gateway captured it; the retry captures again, ' +
      'at a fare 25 % higher.',
  },
  {
    name: 'ambiguous-payment-error',
    seedStory: 'Domain registrar: an error after my card details, the chat said "success", no idea whether I was charged',
    effect:
      'Paying shows an error page although the card was charged; the order list says unpaid while support ' +
      'says the payment succeeded.',
  },
  {
    name: 'ticket-not-sent',
    seedStory: 'Paid for a ticket that never arrived',
    effect: 'The payment succeeds but the ticket email is never sent.',
  },
  {
    name: 'enquiry-not-acknowledged',
    seedStory: 'My emails to customer service were never even acknowledged',
    effect: 'The support desk sends no automatic acknowledgement, by email or for the contact form.',
  },
  {
    name: 'enquiry-not-answered',
    seedStory: 'Driver support left my question unanswered for a month',
    effect: 'Enquiries are acknowledged but no person ever answers them.',
  },
  {
    name: 'support-mailbox-full',
    seedStory: 'The customer service address bounced',
    effect:
      'The inbound mail server rejects RCPT TO support@demo-shop.test with "552 5.2.2 Mailbox full"; ' +
      "the shopper's mail provider returns an RFC 3464 bounce. The contact form still works.",
  },
  {
    name: 'promise-forgotten',
    seedStory: 'The six-month extension I was promised "was not in the system" at renewal',
    effect:
      "Support grants the extension in the members' chat and confirms it by email, but never records it: " +
      'the account keeps the old renewal date, and the renewal notice comes at the old time with the old date.',
  },
  {
    name: 'contact-overload',
    seedStory: 'Five sales calls a day, selling a policy I already hold',
    effect: 'Marketing email and texts arrive several times a day, offering the product the customer already holds.',
  },
  {
    name: 'sales-calls-overload',
    seedStory: 'Five sales calls in one day from an insurance company, selling me the policy I already held',
    effect:
      'Besides the contact plan, the sales desk calls customers who agreed to calls five times a demo day, ' +
      'each time selling Travel insurance, also to customers who hold it.',
  },
  {
    name: 'call-after-opt-out',
    seedStory: 'I asked them not to call me again, and they kept calling',
    effect:
      'The sales desk keeps everyone who ever agreed to calls on its call list: unticking "Call me with offers" ' +
      'in the account, or saying "do not call me again" on the phone, changes nothing.',
  },
  {
    name: 'tracking-jargon-no-eta',
    seedStory: 'Parcel tracking showed EDI messages and sorting-centre codes, and no time of arrival',
    effect:
      'The tracking page shows the carrier\'s raw feed ("Pre-notice received as EDI message (IFTMIN)", "Sorted at Itella 01010", ' +
      '"Status 22: ARR TERM 00980") and no estimated arrival.',
  },
  {
    name: 'delivery-no-notice',
    seedStory: 'The courier arrived unannounced while I was at work',
    effect: 'No advance notice of the delivery: no time window, no pick-up point alternative.',
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
