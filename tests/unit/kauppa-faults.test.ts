import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { KAUPPA_FAULTS } from '../../labs/kauppa/faults.ts';
import { postForm, rawHeader } from '../support/capturing-relay.ts';
import { campaignsSince, mailKauppa, mailWithSubject, subscribe, withKauppa } from '../support/kauppa-lab.ts';

const tested = new Set<string>();

/** A test of one fault; the last test checks that every fault in faults.ts had one. */
function faultTest(fault: string, title: string, body: () => Promise<void>): void {
  tested.add(fault);
  test(`${fault}: ${title}`, body);
}

describe('Kauppa Oy faults', () => {
  faultTest('unsubscribe-ignored', 'every way out says it worked, and the campaigns keep coming', async () => {
    await withKauppa(['unsubscribe-ignored'], async (kauppa, relay) => {
      const address = 'sam+ohitettu@shopper.test';
      await subscribe(kauppa, relay, address);
      const { mail } = await mailWithSubject(relay, address, 'Viikon tarjoukset');
      const token = /\/peru\?t=(\w+)/.exec(String(mail.html))?.[1] ?? '';
      assert.match(await (await postForm(`${kauppa.webUrl}/peru`, { t: token })).text(), /Tilauksesi on peruttu/);
      await mailKauppa(kauppa, { from: address, to: 'poistu@kauppa.test', subject: 'poistu', text: '' });
      const replyTo = (await mailWithSubject(relay, address, 'Vahvista tilauksen peruminen')).mail.replyTo?.value[0]?.address ?? '';
      await mailKauppa(kauppa, { from: address, to: replyTo, subject: 'Re', text: '' });
      await mailWithSubject(relay, address, 'Tilaus peruttu');
      const since = Date.now();
      await sleep(400);
      assert.ok(campaignsSince(relay, address, since).length >= 2);
    });
  });

  faultTest('unsubscribe-link-broken', '/peru and /asetukset answer 404, the rest of the site works', async () => {
    await withKauppa(['unsubscribe-link-broken'], async (kauppa, relay) => {
      const address = 'sam+rikki@shopper.test';
      await subscribe(kauppa, relay, address);
      const { mail } = await mailWithSubject(relay, address, 'Viikon tarjoukset');
      const token = /\/peru\?t=(\w+)/.exec(String(mail.html))?.[1] ?? '';
      assert.equal((await fetch(`${kauppa.webUrl}/peru?t=${token}`)).status, 404);
      assert.equal((await postForm(`${kauppa.webUrl}/peru`, { t: token })).status, 404);
      assert.equal((await fetch(`${kauppa.webUrl}/asetukset?t=${token}`)).status, 404);
      assert.equal((await postForm(`${kauppa.webUrl}/asetukset/lopeta`, { t: token })).status, 404);
      assert.equal(kauppa.subscribers.active().length, 1);
    });
  });

  faultTest('unsubscribe-address-bounces', 'poistu@ is refused with 550 at RCPT time', async () => {
    await withKauppa(['unsubscribe-address-bounces'], async (kauppa) => {
      await assert.rejects(mailKauppa(kauppa, { from: 'sam@shopper.test', to: 'poistu@kauppa.test', subject: 'poistu', text: '' }), /550/);
      await mailKauppa(kauppa, { from: 'sam@shopper.test', to: 'asiakaspalvelu@kauppa.test', subject: 'Hei', text: 'Hei' });
    });
  });

  faultTest('no-list-unsubscribe', 'campaigns have no List-Unsubscribe header, but keep their footer links', async () => {
    await withKauppa(['no-list-unsubscribe'], async (kauppa, relay) => {
      const address = 'sam+eiotsaketta@shopper.test';
      await subscribe(kauppa, relay, address);
      const { mail } = await mailWithSubject(relay, address, 'Viikon tarjoukset');
      assert.equal(rawHeader(mail, 'List-Unsubscribe'), undefined);
      assert.equal(rawHeader(mail, 'List-Id'), 'Kaupan tarjoukset <tarjoukset.kauppa.test>');
      assert.match(String(mail.html), />Peruuta tilaus</);
    });
  });

  faultTest('website-down', 'every page answers 503; mail still works', async () => {
    await withKauppa(['website-down'], async (kauppa, relay) => {
      for (const path of ['/', '/uutiskirje', '/asiakaspalvelu', '/peru?t=x']) assert.equal((await fetch(kauppa.webUrl + path)).status, 503, path);
      await mailKauppa(kauppa, { from: 'sam+alhaalla@shopper.test', to: 'asiakaspalvelu@kauppa.test', subject: 'Sivut', text: 'Sivut eivät toimi' });
      await mailWithSubject(relay, 'sam+alhaalla@shopper.test', '[kauppa.test #1001] Vastaanotettu: Sivut');
    });
  });

  faultTest('enquiry-not-acknowledged', 'no acknowledgement; the answer still comes', async () => {
    await withKauppa(['enquiry-not-acknowledged'], async (kauppa, relay) => {
      const customer = 'sam+eikuittausta@shopper.test';
      await mailKauppa(kauppa, { from: customer, to: 'asiakaspalvelu@kauppa.test', subject: 'Palautus', text: 'Miten palautan?' });
      await mailWithSubject(relay, customer, '[kauppa.test #1001] Re: Palautus');
      assert.equal(relay.mailFor(customer).length, 1);
    });
  });

  faultTest('enquiry-not-answered', 'the acknowledgement comes, the answer never does', async () => {
    await withKauppa(['enquiry-not-answered'], async (kauppa, relay) => {
      const customer = 'sam+eivastausta@shopper.test';
      await mailKauppa(kauppa, { from: customer, to: 'asiakaspalvelu@kauppa.test', subject: 'Lasku', text: 'Lasku puuttuu' });
      await mailWithSubject(relay, customer, '[kauppa.test #1001] Vastaanotettu: Lasku');
      await sleep(400); // four answer delays
      assert.equal(relay.mailFor(customer).length, 1);
    });
  });

  faultTest('support-address-bounces', 'asiakaspalvelu@ is refused with 550 at RCPT time', async () => {
    await withKauppa(['support-address-bounces'], async (kauppa) => {
      await assert.rejects(mailKauppa(kauppa, { from: 'sam@shopper.test', to: 'asiakaspalvelu@kauppa.test', subject: 'Hei', text: 'Hei' }), /550/);
      assert.equal(kauppa.helpDesk.book.tickets.length, 0);
    });
  });

  test('faults switch at run time, and an unknown fault is refused by name', async () => {
    await withKauppa([], async (kauppa) => {
      assert.equal((await fetch(kauppa.webUrl)).status, 200);
      kauppa.faults.set(['website-down']);
      assert.equal((await fetch(kauppa.webUrl)).status, 503);
      kauppa.faults.set([]);
      assert.equal((await fetch(kauppa.webUrl)).status, 200);
      assert.throws(() => kauppa.faults.set(['website-slow']), /Unknown Kauppa fault "website-slow"; known: unsubscribe-ignored/);
    });
  });

  test('every fault in labs/kauppa/faults.ts has a test here, and a plain-words description', () => {
    assert.deepEqual([...tested].sort(), KAUPPA_FAULTS.map((fault) => fault.name).sort());
    for (const fault of KAUPPA_FAULTS) assert.ok(fault.description.length > 30, fault.name);
  });
});
