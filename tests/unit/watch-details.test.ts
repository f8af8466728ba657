import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Watch } from '../../src/findings/watches.ts';
import { money } from '../../src/money/money.ts';
import type { WatchDetails } from '../../src/watches/watch-details.ts';
import { contactCountDetails } from '../../journeys/contact-frequency/contact-count-watch.ts';
import { textOptOutDetails } from '../../journeys/contact-frequency/text-opt-out-watch.ts';
import { enquiryDetails } from '../../journeys/enquiry-answered/enquiry-watch.ts';
import { ticketDetails } from '../../journeys/pay-and-get-ticket/ticket-watch.ts';
import { promiseDetails } from '../../journeys/promise-kept/promise-watch.ts';
import { quoteDetails } from '../../journeys/rent-car/quote-watch.ts';
import { noticeDetails } from '../../journeys/track-delivery/notice-watch.ts';
import { optOutDetails } from '../../journeys/unsubscribe/opt-out-watch.ts';

// Each journey writes its watch's details in the run, and its judge reads them back a run or more
// later: what is read is what was written, and the stored names stay those of the watches already
// in run stores.

const at = (iso: string) => new Date(iso);
const address = 'sam+run-1@shopper.test';

function stored(details: Record<string, string>): Watch {
  return { runId: 'r', journey: 'j', scenario: 's', check: 'c', kind: 'opt-out-ignored', dueAt: '2026-12-05T00:00:00.000Z', recordedAt: '2026-12-01T00:00:00.000Z', details };
}

function roundTrip<T>(codec: WatchDetails<T>, value: T, names: string[]): void {
  const details = codec.write(value);
  assert.deepEqual(Object.keys(details).sort(), [...names].sort());
  assert.deepEqual(codec.read(stored(JSON.parse(JSON.stringify(details)) as Record<string, string>)), value);
}

test('unsubscribe: the opt-out, with and without the senders it names', () => {
  const optOut = { address, unsubscribedAt: at('2026-12-01T10:00:00.000Z'), graceEndsAt: at('2026-12-03T10:00:00.000Z') };
  roundTrip(optOutDetails, { ...optOut, marketingSenders: ['news@acme.example', 'offers@acme.example'], unmarkedSender: 'shop@acme.example' }, [
    'address', 'unsubscribedAt', 'graceEndsAt', 'marketingSenders', 'unmarkedSender',
  ]);
  roundTrip(optOutDetails, { ...optOut, marketingSenders: undefined, unmarkedSender: undefined }, ['address', 'unsubscribedAt', 'graceEndsAt']);
  assert.throws(() => optOutDetails.read(stored({ address })), /the watch has no details\.unsubscribedAt/);
});

test('contact-frequency: the text opt-out and the contact count', () => {
  roundTrip(textOptOutDetails, { phone: '+447700900123', optedOutAt: at('2026-12-01T10:00:00.000Z'), graceEndsAt: at('2026-12-03T10:00:00.000Z') }, ['phone', 'optedOutAt', 'graceEndsAt']);
  const count = {
    addresses: { email: address, phone: '+447700900123' },
    window: { from: at('2026-12-01T10:00:00.000Z'), until: at('2026-12-08T10:00:00.000Z') },
    cap: { max: 3, per: 604_800_000 },
  };
  roundTrip(contactCountDetails, { ...count, heldProduct: 'home insurance' }, ['email', 'phone', 'from', 'until', 'capMax', 'capPerMs', 'heldProduct']);
  roundTrip(contactCountDetails, { ...count, heldProduct: undefined }, ['email', 'phone', 'from', 'until', 'capMax', 'capPerMs']);
});

test('enquiry-answered: the enquiry by email and by the contact form', () => {
  const sentAt = at('2026-12-01T10:00:00.000Z');
  roundTrip(enquiryDetails, { address, enquiry: { channel: 'email', subject: 'Where is my order?', sentAt, messageId: '<1@shopper.test>', evidence: [] } }, [
    'address', 'channel', 'subject', 'sentAt', 'messageId',
  ]);
  roundTrip(enquiryDetails, { address, enquiry: { channel: 'contact form', subject: 'Where is my order?', sentAt, caseReference: 'CS-1042', evidence: [] } }, [
    'address', 'channel', 'subject', 'sentAt', 'caseReference',
  ]);
  assert.throws(() => enquiryDetails.read(stored({ address, channel: 'fax', subject: 'x', sentAt: sentAt.toISOString() })), /channel "fax" is neither email nor contact form/);
});

test('pay-and-get-ticket, rent-car, promise-kept and track-delivery', () => {
  roundTrip(
    ticketDetails,
    { order: { address, orderNumber: 'DA-1001', item: 'DA 123', paid: 'EUR 412.00', proof: 'e-ticket' }, paidAt: at('2026-12-01T10:00:00.000Z'), finishedPayingAt: at('2026-12-01T10:00:05.000Z') },
    ['address', 'orderNumber', 'item', 'proof', 'paid', 'paidAt', 'finishedPayingAt'],
  );
  roundTrip(
    quoteDetails,
    { request: { address, car: 'Compact', pickUp: '2026-12-06', dropOff: '2026-12-11', shown: money('EUR', 41200) }, askedAt: at('2026-12-01T10:00:00.000Z') },
    ['address', 'car', 'pickUp', 'dropOff', 'shownCurrency', 'shownMinor', 'askedAt'],
  );
  const terms = { originalRenewal: at('2027-05-22T00:00:00.000Z'), promisedRenewal: at('2027-11-22T00:00:00.000Z'), promisedAt: at('2026-12-01T10:00:00.000Z') };
  roundTrip(promiseDetails, { awaits: 'renewal notice', address, terms }, ['awaits', 'address', 'originalRenewal', 'promisedRenewal', 'promisedAt']);
  assert.equal(promiseDetails.write({ awaits: 'confirmation', address, terms }).promisedRenewal, '2027-11-22');
  assert.throws(() => promiseDetails.read(stored({ awaits: 'a letter' })), /the watch awaits "a letter", neither a confirmation nor a renewal notice/);
  roundTrip(
    noticeDetails,
    { order: { reference: 'PX-77', product: 'Rain jacket' }, orderedAt: at('2026-12-01T10:00:00.000Z'), to: { email: address, phone: '+447700900123' } },
    ['order', 'product', 'email', 'phone', 'orderedAt'],
  );
});
