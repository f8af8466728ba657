import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { postForm, rawHeader } from '../support/capturing-relay.ts';
import { campaignsSince, mailKauppa, mailWithSubject, subscribe, withKauppa } from '../support/kauppa-lab.ts';
import type { CapturingRelay } from '../support/capturing-relay.ts';

/** Waits a few campaign ticks (100 ms each) and counts what still came. */
async function campaignsAfterOptOut(relay: CapturingRelay, address: string): Promise<number> {
  await sleep(250); // one tick may already have been on its way
  const since = Date.now();
  await sleep(500);
  return campaignsSince(relay, address, since).length;
}

async function footerLink(relay: CapturingRelay, address: string, text: string): Promise<string> {
  const { mail } = await mailWithSubject(relay, address, 'Viikon tarjoukset');
  const href = new RegExp(`<a href="([^"]+)">${text}</a>`).exec(String(mail.html))?.[1];
  assert.ok(href, `no "${text}" link in the campaign`);
  return href;
}

describe('Kauppa Oy: unsubscribe by link', () => {
  test('/peru asks first; only the button (a POST) unsubscribes, and the campaigns stop', async () => {
    await withKauppa([], async (kauppa, relay) => {
      const address = 'sam+peru@shopper.test';
      await subscribe(kauppa, relay, address);
      const link = await footerLink(relay, address, 'Peruuta tilaus');
      const question = await (await fetch(link)).text();
      assert.match(question, /Haluatko varmasti lopettaa uutiskirjeen\?/);
      assert.match(question, /<form method="post" action="\/peru">/);
      assert.match(question, /<button type="submit">Kyllä, lopeta lähettäminen<\/button>/);
      assert.equal(kauppa.subscribers.active().length, 1, 'opening the page alone changes nothing');

      const done = await postForm(`${kauppa.webUrl}/peru`, { t: new URL(link).searchParams.get('t')! });
      assert.match(await done.text(), /Tilauksesi on peruttu\. Et saa enää tarjouksia\./);
      assert.equal(await campaignsAfterOptOut(relay, address), 0);
    });
  });

  test('the preferences page has its own "Lopeta kaikki uutiskirjeet" button, which unsubscribes', async () => {
    await withKauppa([], async (kauppa, relay) => {
      const address = 'sam+asetukset@shopper.test';
      await subscribe(kauppa, relay, address);
      const link = await footerLink(relay, address, 'Muuta asetuksia');
      const settings = await (await fetch(link)).text();
      assert.match(settings, /<button type="submit">Tallenna asetukset<\/button>/);
      assert.match(settings, /<form method="post" action="\/asetukset\/lopeta">/);
      assert.match(settings, /<button type="submit">Lopeta kaikki uutiskirjeet<\/button>/);
      const done = await postForm(`${kauppa.webUrl}/asetukset/lopeta`, { t: new URL(link).searchParams.get('t')! });
      assert.match(await done.text(), /Tilauksesi on peruttu/);
      assert.equal(await campaignsAfterOptOut(relay, address), 0);
    });
  });
});

describe('Kauppa Oy: unsubscribe by mail', () => {
  test('poistu@ asks to confirm by reply; the reply unsubscribes and is confirmed by a notice', async () => {
    await withKauppa([], async (kauppa, relay) => {
      const address = 'sam+poistu@shopper.test';
      await subscribe(kauppa, relay, address);
      const { messageId } = await mailKauppa(kauppa, { from: address, to: 'poistu@kauppa.test', subject: 'poistu', text: '' });
      const { mail: request } = await mailWithSubject(relay, address, 'Vahvista tilauksen peruminen');
      assert.equal(rawHeader(request, 'From'), 'poistu@kauppa.test');
      assert.equal(rawHeader(request, 'Auto-Submitted'), 'auto-generated');
      assert.equal(request.inReplyTo, messageId);
      const replyTo = request.replyTo?.value[0]?.address ?? '';
      assert.match(replyTo, /^poistu\+vahvista-\w+@kauppa\.test$/);
      assert.match(request.text ?? '', /vastaamalla tähän viestiin/);
      assert.equal(kauppa.subscribers.active().length, 1, 'not before the reply');

      await mailKauppa(kauppa, { from: address, to: replyTo, subject: 'Re: Vahvista tilauksen peruminen', text: 'ok' });
      const { mail: done } = await mailWithSubject(relay, address, 'Tilaus peruttu');
      assert.equal(rawHeader(done, 'Auto-Submitted'), 'auto-generated');
      assert.equal(await campaignsAfterOptOut(relay, address), 0);
    });
  });

  test('a reply from another address does not unsubscribe; an unknown mailbox is refused with 550', async () => {
    await withKauppa([], async (kauppa, relay) => {
      const address = 'sam+toinen@shopper.test';
      await subscribe(kauppa, relay, address);
      await mailKauppa(kauppa, { from: address, to: 'poistu@kauppa.test', subject: 'poistu', text: '' });
      const replyTo = (await mailWithSubject(relay, address, 'Vahvista tilauksen peruminen')).mail.replyTo?.value[0]?.address ?? '';
      await mailKauppa(kauppa, { from: 'mallory@shopper.test', to: replyTo, subject: 'Re', text: 'ok' });
      await sleep(200);
      assert.equal(kauppa.subscribers.active().length, 1);
      await assert.rejects(mailKauppa(kauppa, { from: address, to: 'myynti@kauppa.test', subject: 'x', text: 'x' }), /550/);
    });
  });
});
