import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { address, ago, assertBroken, DAY, emptyChannels, HOUR, judge, phone, receive, text, watch } from '../support/judge-fixtures.ts';

beforeEach(emptyChannels);

const SHOP = 'http://localhost:4000';

describe('contact frequency: marketing contacts against the cap, none offering the product held', () => {
  const from = ago(7 * DAY + HOUR);
  const until = ago(HOUR);
  const countWatch = (details: Record<string, string> = {}) =>
    watch('contact-frequency', 'contact-overload', until, {
      email: address,
      phone,
      from: from.toISOString(),
      until: until.toISOString(),
      capMax: '3',
      capPerMs: String(7 * DAY),
      heldProduct: 'Travel insurance',
      ...details,
    });
  const afterAgreeing = (ms: number) => new Date(from.getTime() + ms);

  test('three contacts in the week, none for the product held: the promise held, whatever came outside the window', async () => {
    await offerEmail('Welcome to Demo Shop: 10% off your first order', afterAgreeing(HOUR));
    await offerText('Every rain jacket is 20% off this week.', afterAgreeing(2 * DAY));
    await offerEmail('This week at Demo Shop: walking boots from €59 (#3)', afterAgreeing(4 * DAY));
    await receive({ subject: 'Your order DS41207: Rain jacket', at: afterAgreeing(5 * DAY), from: 'Demo Shop Deliveries <deliveries@demo-shop.test>' });
    await offerEmail('Spring offers', ago(8 * DAY));
    await offerText('Bike insurance policy from €5 a month.', afterAgreeing(6 * DAY), '+447700900999');
    await offerEmail('This week at Demo Shop: Travel insurance from €39 a year (#4)', ago(HOUR / 2));
    await offerText('Travel insurance from €39 a year: every trip covered.', ago(HOUR / 2));
    const { judged, evidence } = await judge(countWatch());
    assert.equal(judged.status, 'passed');
    assert.deepEqual(evidence, []);
  });

  test('more contacts than the cap: overload, worded as in the run, with a marketing email and the contact log', async () => {
    await offerEmail('Welcome to Demo Shop: 10% off your first order', afterAgreeing(HOUR));
    await offerText('Every rain jacket is 20% off this week.', afterAgreeing(DAY));
    await offerEmail('This week at Demo Shop: walking boots from €59 (#3)', afterAgreeing(2 * DAY));
    await offerEmail('This week at Demo Shop: three pairs of wool socks for the price of two (#4)', afterAgreeing(3 * DAY));
    await offerText('Free shipping on every backpack until Sunday.', ago(HOUR / 2));
    const judgement = await judge(countWatch());
    assertBroken(
      judgement,
      {
        kind: 'contact-overload',
        customerImpact: 'Demo Shop contacted me 4 times in 7 days (3 emails, 1 text), though it promises at most 3 per 7 days',
        expected: 'At most 3 marketing contacts, emails and texts together, in the 7 days after I agreed to offers',
        observed:
          `4 contacts between ${from.toISOString()} and ${until.toISOString()} (3 emails, 1 text); ` +
          'contact 4, "This week at Demo Shop: three pairs of wool socks for the price of two (#4)" by email, came 3 days after I agreed',
      },
      ['a marketing email: Welcome to Demo Shop: 10% off your first order', 'marketing contacts received'],
    );
    const { evidence } = judgement;
    assert.match(evidence[0]!.body.toString(), /List-Unsubscribe: /);
    const log = JSON.parse(evidence[1]!.body.toString()) as { contacts: Array<{ channel: string }> };
    assert.deepEqual(log.contacts.map((contact) => contact.channel), ['email', 'text', 'email', 'email']);
  });

  test('within the cap, but offers for the product held: overload, naming them, the first as evidence', async () => {
    await offerText('Travel insurance from €39 a year: every trip covered.', afterAgreeing(DAY));
    await offerEmail('This week at Demo Shop: Travel insurance from €39 a year (#3)', afterAgreeing(2 * DAY));
    const judgement = await judge(countWatch());
    assertBroken(
      judgement,
      {
        kind: 'contact-overload',
        customerImpact: 'Demo Shop offered me Travel insurance, which I already hold: 2 offers (1 email, 1 text)',
        expected: 'No offer for Travel insurance: I bought it before I agreed to offers',
        observed:
          `"DemoShop: Travel insurance from €39 a year: every trip covered. Shop: ${SHOP}/ No more texts: ${SHOP}/account" by text, 1 day after I agreed; ` +
          '"This week at Demo Shop: Travel insurance from €39 a year (#3)" by email, 2 days after I agreed',
      },
      ['offer for Travel insurance by text', 'marketing contacts received'],
    );
    assert.match(judgement.evidence[0]!.body.toString(), /Travel insurance from €39 a year: every trip covered/);
  });

  test('no product held: offers of any product are within the promise', async () => {
    const { heldProduct: _, ...withoutProduct } = countWatch().details;
    await offerEmail('This week at Demo Shop: Travel insurance from €39 a year (#3)', afterAgreeing(2 * DAY));
    assert.equal((await judge(watch('contact-frequency', 'contact-overload', until, withoutProduct))).judged.status, 'passed');
  });

  test('a watch without the cap cannot be judged: a clear error', async () => {
    const { capMax: _, ...withoutCap } = countWatch().details;
    await assert.rejects(judge(watch('contact-frequency', 'contact-overload', until, withoutCap)), /the watch has no details\.capMax/);
    await assert.rejects(judge(countWatch({ capPerMs: '7d' })), /the watch's details\.capPerMs "7d" is not a positive whole number/);
  });
});

describe('track delivery: the advance notice before the courier comes', () => {
  const orderedAt = ago(DAY + HOUR);
  const noticeWatch = () =>
    watch('track-delivery', 'tracking-unclear', ago(HOUR), { order: 'DS41207', product: 'Rain jacket', email: address, phone, orderedAt: orderedAt.toISOString() });
  const afterOrdering = (ms: number) => new Date(orderedAt.getTime() + ms);
  const confirmation = () =>
    deliveryEmail('Your order DS41207: Rain jacket', afterOrdering(60_000), [
      'Thank you for your order DS41207: Rain jacket, delivered to your home, 1 High Street, Demo Town.',
      'We will tell you before the courier comes.',
    ]);
  const pickUp = `Not at home then? Collect it from Demo Pick-up Point, Station Road, Demo Town instead: choose this on ${SHOP}/track/DS41207`;

  test('a notice by email with the time window and the pick-up point, by the due time: told as promised', async () => {
    await confirmation();
    await deliveryEmail('Your parcel arrives on Thursday 4 June between 14:00 and 16:00', afterOrdering(20 * HOUR), [
      'Your parcel DS41207 (Rain jacket) arrives on Thursday 4 June between 14:00 and 16:00, at 1 High Street, Demo Town.',
      pickUp,
    ]);
    const { judged, evidence } = await judge(noticeWatch());
    assert.equal(judged.status, 'passed');
    assert.deepEqual(evidence, []);
  });

  test('a notice by text alone is enough', async () => {
    await confirmation();
    await text({ body: `DemoShop: your parcel DS41207 arrives Thursday 4 June, 14:00–16:00. Not at home? Collect it from Demo Pick-up Point, Station Road, Demo Town instead: ${SHOP}/track/DS41207`, at: afterOrdering(20 * HOUR) });
    assert.equal((await judge(noticeWatch())).judged.status, 'passed');
  });

  test('no notice with a time window by the due time: unclear, saying what came instead; a notice after it does not count', async () => {
    await confirmation();
    await deliveryEmail('Your parcel DS41207 is on its way', afterOrdering(6 * HOUR), ['Your parcel arrives tomorrow.', pickUp]);
    await deliveryEmail('Your parcel arrives on Thursday 4 June between 14:00 and 16:00', ago(HOUR / 2), ['Your parcel DS41207 arrives on Thursday 4 June between 14:00 and 16:00.', pickUp]);
    const judgement = await judge(noticeWatch());
    assertBroken(
      judgement,
      {
        kind: 'tracking-unclear',
        customerImpact: 'No notice before the courier came with my Rain jacket (DS41207): no time window, no pick-up point offered',
        expected: "A notice by email or text within 1 day of ordering, with the courier's time window and a pick-up point alternative",
        observed:
          'Within 1 day of ordering: 2 emails ("Your order DS41207: Rain jacket", "Your parcel DS41207 is on its way") and 0 texts, none with a delivery time window',
      },
      ['messages received since ordering', 'email since ordering: Your order DS41207: Rain jacket', 'email since ordering: Your parcel DS41207 is on its way'],
    );
    const log = JSON.parse(judgement.evidence[0]!.body.toString()) as { orderedAt: string; messages: unknown[] };
    assert.equal(log.orderedAt, orderedAt.toISOString());
    assert.equal(log.messages.length, 2);
  });

  test('notices with a time window but no pick-up point: unclear, with the notices as evidence', async () => {
    await confirmation();
    await deliveryEmail('Your parcel arrives on Thursday 4 June between 14:00 and 16:00', afterOrdering(20 * HOUR), [
      'Your parcel DS41207 (Rain jacket) arrives on Thursday 4 June between 14:00 and 16:00, at 1 High Street, Demo Town.',
    ]);
    await text({ body: `DemoShop: your parcel DS41207 arrives Thursday 4 June, 14:00–16:00. ${SHOP}/track/DS41207`, at: afterOrdering(20 * HOUR) });
    const judgement = await judge(noticeWatch());
    assertBroken(
      judgement,
      {
        kind: 'tracking-unclear',
        customerImpact: 'The delivery notice for my Rain jacket (DS41207) offered no pick-up point for when I cannot be at home',
        expected: 'The advance notice offers an alternative to home delivery, such as a pick-up point',
        observed: 'The notice by email and by text names a time window but no pick-up point',
      },
      ['advance notice email: Your parcel arrives on Thursday 4 June between 14:00 and 16:00', 'advance notice text'],
    );
    assert.match(judgement.evidence[1]!.body.toString(), /^From: DemoShop\nTo: \+447700900123\n/);
  });
});

/** A Demo Shop offer by email: from its news sender, with the unsubscribe headers of RFC 2369 and RFC 8058. */
function offerEmail(subject: string, at: Date): Promise<void> {
  return receive({
    subject,
    at,
    from: 'Demo Shop <news@demo-shop.test>',
    headers: {
      'List-Unsubscribe': `<mailto:unsubscribe@demo-shop.test?subject=unsubscribe%20t1>, <${SHOP}/unsubscribe/t1>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    text: `${subject}\n\nShop now: ${SHOP}/\n\n--\nYou receive this because ${address} subscribed to Demo Shop offers.\nUnsubscribe: ${SHOP}/unsubscribe/t1`,
  });
}

/** A Demo Shop offer by text, saying where to stop such texts. */
function offerText(offer: string, at: Date, to = phone): Promise<void> {
  return text({ body: `DemoShop: ${offer} Shop: ${SHOP}/ No more texts: ${SHOP}/account`, at, to });
}

function deliveryEmail(subject: string, at: Date, lines: string[]): Promise<void> {
  return receive({ subject, at, from: 'Demo Shop Deliveries <deliveries@demo-shop.test>', text: ['Hello Sam,', '', ...lines].join('\n') });
}
