import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contactsAllowed } from '../../journeys/contact-frequency/contact-cap.ts';
import { mostCallsInOneDay } from '../../journeys/contact-frequency/call-timeline.ts';
import { contactLogDrafts } from '../../journeys/contact-frequency/contact-evidence.ts';
import { callContact, contactLog, contactsWithin, countByChannel, emailContact, textContact, type MarketingContact } from '../../journeys/contact-frequency/contact-log.ts';
import { heldProductOffered } from '../../journeys/contact-frequency/contact-overload.ts';
import { offersOf } from '../../journeys/contact-frequency/held-products.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';

const DAY = 86_400_000;

test('an observation of one period allows the cap; a shorter one too; a longer one the cap per started period', () => {
  const cap = { max: 3, per: 7 * DAY };
  assert.equal(contactsAllowed(cap, 7 * DAY), 3);
  assert.equal(contactsAllowed(cap, 2 * DAY), 3);
  assert.equal(contactsAllowed(cap, 14 * DAY), 6);
  assert.equal(contactsAllowed(cap, 10 * DAY), 6);
  assert.equal(contactsAllowed({ max: 5, per: 7000 }, 7000), 5);
});

test('offers of a held product are found by its name, whatever the case and spacing, and only as whole words', () => {
  const contacts = [
    contact('text', 'DemoShop: Travel insurance from €39 a year'),
    contact('email', 'This week: TRAVEL\n INSURANCE for your trip'),
    contact('email', 'Bike insurance policy from €5 a month'),
    contact('text', 'Our travel insurances are the best'),
  ];
  assert.deepEqual(
    offersOf(contacts, 'Travel insurance').map((found) => found.summary),
    ['DemoShop: Travel insurance from €39 a year', 'This week: TRAVEL\n INSURANCE for your trip'],
  );
  assert.deepEqual(offersOf(contacts, 'Car insurance (full)'), []);
});

test('only the contacts inside the window count, oldest first, and the log says when each came', () => {
  const from = new Date('2026-01-01T00:00:00Z');
  const until = new Date('2026-01-08T00:00:00Z');
  const at = (iso: string, channel: 'email' | 'text') => ({ ...contact(channel, iso), receivedAt: new Date(iso) });
  const inside = contactsWithin(
    [at('2026-01-03T00:00:00Z', 'text'), at('2025-12-31T23:59:59Z', 'email'), at('2026-01-01T10:00:00Z', 'email'), at('2026-01-08T00:00:01Z', 'text')],
    { from, until },
  );
  assert.deepEqual(inside.map((found) => found.receivedAt.toISOString()), ['2026-01-01T10:00:00.000Z', '2026-01-03T00:00:00.000Z']);
  assert.equal(countByChannel(inside), '1 email, 1 text');
  assert.deepEqual((contactLog(inside, { from, until }) as { contacts: Array<{ afterMs: number }> }).contacts[0]?.afterMs, 10 * 3_600_000);
});

test('an email contact reads its subject and body; a text its body', () => {
  const email = {
    id: '1',
    receivedAt: new Date(),
    envelope: { from: '', to: [] },
    from: 'news@shop.test',
    to: ['sam@shopper.test'],
    subject: 'Spring offers',
    headers: new Map(),
    html: '<p>Travel <b>insurance</b> for less</p>',
    source: '',
  } satisfies ReceivedEmail;
  const fromEmail = emailContact(email);
  assert.equal(fromEmail.summary, 'Spring offers');
  assert.equal(offersOf([fromEmail], 'Travel insurance').length, 1);
  const fromText = textContact({ id: '2', receivedAt: new Date(), from: 'Shop', to: '+44', body: 'Hi' });
  assert.deepEqual([fromText.channel, fromText.summary], ['text', 'Hi']);
  assert.equal(countByChannel([fromEmail, fromEmail, fromText]), '2 emails, 1 text');
});

function contact(channel: 'email' | 'text', words: string): MarketingContact {
  return { channel, receivedAt: new Date(), summary: words, words };
}

test('a call reads what the caller said; calls are counted by channel and, as the customer counts them, per day', () => {
  const at = (iso: string) => callContact({ id: iso, receivedAt: new Date(iso), from: '+442079460018', to: '+447700900123', heard: `Travel insurance, ${iso}`, answer: 'not-interested' });
  const calls = [at('2026-01-01T09:00:00Z'), at('2026-01-01T12:00:00Z'), at('2026-01-01T17:00:00Z'), at('2026-01-02T08:00:00Z'), at('2026-01-03T10:00:00Z')];
  assert.deepEqual([calls[0]!.channel, calls[0]!.from, calls[0]!.summary], ['call', '+442079460018', 'Travel insurance, 2026-01-01T09:00:00Z']);
  assert.equal(mostCallsInOneDay(calls), 4);
  assert.equal(mostCallsInOneDay([contact('text', 'not a call')]), 0);
  assert.equal(countByChannel([...calls, contact('text', 'Hi')]), '0 emails, 1 text, 5 calls');
  const silent = callContact({ id: 'x', receivedAt: new Date(), from: '+442079460018', to: '+447700900123', heard: '', answer: 'do-not-call' });
  assert.equal(silent.summary, 'a call from +442079460018');
});

test('sales calls about a product held are told as the customer counts them: calls in one day', () => {
  const window = { from: new Date('2026-01-01T00:00:00Z'), until: new Date('2026-01-08T00:00:00Z') };
  const promise = { companyName: 'Demo Shop', cap: { max: 3, per: 7 * DAY }, window };
  const called = (hour: number) =>
    callContact({ id: String(hour), receivedAt: new Date(window.from.getTime() + hour * 3_600_000), from: '+442079460018', to: '+447700900123', heard: 'Have you thought about Travel insurance?', answer: 'not-interested' });
  const calls = [9, 11, 13, 15, 17].map(called);
  assert.equal(heldProductOffered(promise, calls, 'Travel insurance')?.finding.customerImpact, '5 sales calls in one day from Demo Shop about Travel insurance, which I already hold');
  const withText = heldProductOffered(promise, [...calls, contact('text', 'Travel insurance from €39')], 'Travel insurance');
  assert.equal(withText?.finding.customerImpact, '5 sales calls in one day from Demo Shop about Travel insurance, which I already hold; 1 more offer by email or text');
  assert.equal(withText?.evidence[0]?.name, 'sales call about Travel insurance');
  const drafts = contactLogDrafts(calls, window);
  assert.deepEqual(drafts.map((draft) => draft.name), ['marketing contacts received', 'sales calls received']);
  assert.deepEqual(JSON.parse(drafts[1]!.body)[0], { at: '2026-01-01T09:00:00.000Z', from: '+442079460018', about: 'Have you thought about Travel insurance?' });
});
