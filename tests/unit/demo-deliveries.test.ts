import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { postForm, withDemoLab, type DemoLab } from '../support/demo-lab.ts';

const WAIT_MS = 5_000;

describe('Demo Shop deliveries without faults', () => {
  test('an order with home delivery: confirmation, advance notice by email and text, tracking in plain words', async () => {
    await withDemoLab('', {}, async (lab) => {
      const form = await fetch(`${lab.company.webUrl}/order/day-backpack`);
      assert.equal(form.status, 200);
      assert.match(await form.text(), /<label for="delivery-home">Home delivery<\/label>/);

      const id = await order(lab, 'ann@shopper.test', '+447700900101');
      const confirmation = await lab.mailbox.waitFor({ to: 'ann@shopper.test', subject: new RegExp(`^Your order ${id}`) }, WAIT_MS);
      assert.ok(confirmation, 'no order confirmation');
      assert.match(confirmation.from, /^deliveries@demo-shop\.test$/);
      assert.ok(confirmation.text?.includes(`${lab.company.webUrl}/track/${id}`));

      const notice = await lab.mailbox.waitFor({ to: 'ann@shopper.test', subject: /^Your parcel arrives on/ }, WAIT_MS);
      assert.ok(notice, 'no advance notice by email');
      assert.match(notice.subject, /^Your parcel arrives on \w+day \d{1,2} \w+ between (\d\d):00 and (\d\d):00$/);
      assert.match(notice.text ?? '', /Collect it from Demo Pick-up Point, Station Road, Demo Town instead/);
      assert.ok(notice.messageId && notice.headers.get('date'));
      const text = await lab.sms.waitFor({ to: '+447700900101', body: id }, WAIT_MS);
      assert.ok(text, 'no advance notice by text');
      assert.equal(text.from, 'DemoShop');
      assert.match(text.body, new RegExp(`your parcel ${id} arrives \\w+day \\d{1,2} \\w+, \\d\\d:00–\\d\\d:00\\. Not at home\\? Collect it from Demo Pick-up Point`));

      const tracking = await (await fetch(`${lab.company.webUrl}/track/${id}`)).text();
      assert.match(tracking, /Expected on \w+day \d{1,2} \w+, between \d\d:00 and \d\d:00\./);
      assert.match(tracking, /We have your order and are getting it ready\./);
      assert.match(tracking, /Your parcel has reached the depot near you\./);
      assert.doesNotMatch(tracking, /EDI|Itella|Status 22|\b\d{5}\b/);

      const lookup = await fetch(`${lab.company.webUrl}/track?parcel=${id.toLowerCase()}`, { redirect: 'manual' });
      assert.equal(lookup.status, 303);
      assert.equal(lookup.headers.get('location'), `/track/${id}`);
    });
  });

  test('the tracking page lets the customer collect the parcel from the pick-up point instead', async () => {
    await withDemoLab('', {}, async (lab) => {
      const id = await order(lab, 'ben@shopper.test', '');
      const chosen = await postForm(`${lab.company.webUrl}/track/${id}/pick-up`, {});
      assert.equal(chosen.status, 303);
      const tracking = await (await fetch(`${lab.company.webUrl}/track/${id}`)).text();
      assert.match(tracking, /Ready to collect from \w+day \d{1,2} \w+ at Demo Pick-up Point, Station Road, Demo Town, open 09:00–20:00\./);
      assert.match(tracking, /You chose to collect your parcel from Demo Pick-up Point/);
    });
  });

  test('bad requests get proper answers', async () => {
    await withDemoLab('', {}, async (lab) => {
      const { webUrl } = lab.company;
      assert.equal((await fetch(`${webUrl}/order/travel-insurance`)).status, 404);
      assert.equal((await fetch(`${webUrl}/track/DS00000`)).status, 404);
      assert.equal((await fetch(`${webUrl}/track?parcel=nope`)).status, 404);
      assert.equal((await fetch(`${webUrl}/track`)).status, 200);
      const missingAddress = await postForm(`${webUrl}/order/day-backpack`, { name: 'Cleo', email: 'cleo@shopper.test', delivery: 'home' });
      assert.equal(missingAddress.status, 400);
      const badMobile = await postForm(`${webUrl}/order/day-backpack`, { name: 'Cleo', email: 'cleo@shopper.test', mobile: '12', address: '1 Road' });
      assert.equal(badMobile.status, 400);
      assert.match(await badMobile.text(), /country code/);
    });
  });
});

describe('Demo Shop deliveries with faults', () => {
  test('tracking-jargon-no-eta: the tracking page shows the carrier feed and no arrival time', async () => {
    await withDemoLab('tracking-jargon-no-eta', {}, async (lab) => {
      const id = await order(lab, 'dev@shopper.test', '');
      await lab.mailbox.waitFor({ to: 'dev@shopper.test', subject: /^Your parcel arrives on/ }, WAIT_MS);
      const tracking = await (await fetch(`${lab.company.webUrl}/track/${id}`)).text();
      assert.match(tracking, /Pre-notice received as EDI message \(IFTMIN\)/);
      assert.match(tracking, /Sorted at Itella 01010/);
      assert.match(tracking, /Status 22: ARR TERM 00980/);
      assert.doesNotMatch(tracking, /Expected on|between \d\d:00/);
    });
  });

  test('delivery-no-notice: the order is confirmed but no notice follows, by email or text', async () => {
    await withDemoLab('delivery-no-notice', {}, async (lab) => {
      const id = await order(lab, 'eve@shopper.test', '+447700900102');
      assert.ok(await lab.mailbox.waitFor({ to: 'eve@shopper.test', subject: new RegExp(`^Your order ${id}`) }, WAIT_MS));
      await sleep(500); // 500 ms: a demo month, far past the day before delivery
      assert.deepEqual(
        (await lab.mailbox.list({ to: 'eve@shopper.test' })).map((email) => email.subject),
        [`Your order ${id}: Day backpack`],
      );
      assert.deepEqual(await lab.sms.list({ to: '+447700900102' }), []);
      assert.match(await (await fetch(`${lab.company.webUrl}/track/${id}`)).text(), /Expected on/);
    });
  });
});

async function order(lab: DemoLab, email: string, mobile: string): Promise<string> {
  const response = await postForm(`${lab.company.webUrl}/order/day-backpack`, {
    name: 'Sam Shopper',
    email,
    mobile,
    address: '12 Park Lane, Demo Town',
    delivery: 'home',
  });
  assert.equal(response.status, 200);
  const page = await response.text();
  const id = /Order <strong>(DS\d{5})<\/strong>: Day backpack/.exec(page)?.[1];
  assert.ok(id, page);
  assert.match(page, new RegExp(`<a href="/track/${id}">Track your parcel</a>`));
  return id;
}
