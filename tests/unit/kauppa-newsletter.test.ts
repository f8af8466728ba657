import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { postForm, rawHeader } from '../support/capturing-relay.ts';
import { campaignsSince, linkIn, mailWithSubject, subscribe, withKauppa } from '../support/kauppa-lab.ts';

describe('Kauppa Oy: the website', () => {
  test('speaks Finnish: a sign-up form with a required consent box, and customer service by email only', async () => {
    await withKauppa([], async (kauppa) => {
      const form = await (await fetch(`${kauppa.webUrl}/uutiskirje`)).text();
      assert.match(form, /<html lang="fi">/);
      assert.match(form, /<label for="sahkoposti">Sähköpostiosoite<\/label>/);
      assert.match(form, /<input type="email" id="sahkoposti"/);
      assert.match(form, /<input type="checkbox" id="lupa" name="lupa" value="kylla" required>/);
      assert.match(form, /<label for="lupa">Haluan tarjouksia sähköpostiini<\/label>/);
      assert.equal(form.match(/<button/g)?.length, 1);
      assert.match(form, /<button type="submit">Tilaa<\/button>/);

      const service = await (await fetch(`${kauppa.webUrl}/asiakaspalvelu`)).text();
      assert.match(service, /href="mailto:asiakaspalvelu@kauppa\.test"/);
      assert.doesNotMatch(service, /<form/);
      assert.equal((await fetch(`${kauppa.webUrl}/yhteystiedot`)).status, 404);
    });
  });

  test('refuses a sign-up without consent, and sends nothing', async () => {
    await withKauppa([], async (kauppa, relay) => {
      const response = await postForm(`${kauppa.webUrl}/uutiskirje`, { sahkoposti: 'eeva@shopper.test' });
      assert.equal(response.status, 400);
      assert.match(await response.text(), /Hyväksy tarjousten lähettäminen/);
      await sleep(300);
      assert.equal(relay.mailFor('eeva@shopper.test').length, 0);
    });
  });
});

describe('Kauppa Oy: double opt-in', () => {
  test('a sign-up is thanked and asked to confirm by mail; nothing is sent to it until confirmed', async () => {
    await withKauppa([], async (kauppa, relay) => {
      const address = 'Sam+kauppa-1@shopper.test';
      const response = await postForm(`${kauppa.webUrl}/uutiskirje`, { sahkoposti: address, lupa: 'kylla' });
      assert.match(await response.text(), /Kiitos! Vahvista tilauksesi sähköpostiisi lähetetyllä linkillä\./);
      const { mail } = await mailWithSubject(relay, address, 'Vahvista uutiskirjeen tilaus');
      assert.equal(rawHeader(mail, 'From'), 'Kauppa uutiskirje <uutiskirje@kauppa.test>');
      assert.equal(rawHeader(mail, 'To'), address, 'addressed exactly as typed, sub-address and case included');
      assert.equal(rawHeader(mail, 'Auto-Submitted'), 'auto-generated');
      assert.equal(rawHeader(mail, 'List-Id'), 'Kaupan tarjoukset <tarjoukset.kauppa.test>');
      assert.match(rawHeader(mail, 'List-Unsubscribe') ?? '', /^<http:\/\/127\.0\.0\.1:\d+\/peru\?t=\w+>, <mailto:poistu@kauppa\.test\?subject=poistu>$/);
      const link = linkIn(mail.text ?? '', '/uutiskirje/vahvista');
      assert.match(String(mail.html), new RegExp(`href="${link.replace(/[.?]/g, '\\$&')}"`));

      await sleep(400); // several campaign ticks: none for an unconfirmed address
      assert.equal(campaignsSince(relay, address, 0).length, 0);
      assert.equal(kauppa.subscribers.active().length, 0);

      assert.match(await (await fetch(link)).text(), /Tilaus vahvistettu/);
      const welcome = await mailWithSubject(relay, address, 'Tervetuloa Kaupan uutiskirjeen tilaajaksi');
      assert.equal(rawHeader(welcome.mail, 'Auto-Submitted'), 'auto-generated');
      assert.ok(rawHeader(welcome.mail, 'List-Id'));
      assert.ok(rawHeader(welcome.mail, 'List-Unsubscribe'));
    });
  });

  test('confirmed subscribers get "Viikon tarjoukset" as bulk list mail with a footer and no one-click', async () => {
    await withKauppa([], async (kauppa, relay) => {
      const address = 'sam+kauppa-2@shopper.test';
      await subscribe(kauppa, relay, address);
      const campaign = await mailWithSubject(relay, address, 'Viikon tarjoukset');
      const { mail } = campaign;
      assert.equal(rawHeader(mail, 'From'), 'Kauppa <tarjoukset@kauppa.test>');
      assert.deepEqual(campaign.recipients, [address]);
      assert.equal(rawHeader(mail, 'List-Id'), 'Kaupan tarjoukset <tarjoukset.kauppa.test>');
      assert.equal(rawHeader(mail, 'Precedence'), 'bulk');
      assert.equal(rawHeader(mail, 'Auto-Submitted'), undefined);
      assert.equal(rawHeader(mail, 'List-Unsubscribe-Post'), undefined);
      const token = /\/peru\?t=(\w+)>/.exec(rawHeader(mail, 'List-Unsubscribe') ?? '')?.[1];
      assert.ok(token);
      assert.match(String(mail.html), new RegExp(`<a href="[^"]+/peru\\?t=${token}">Peruuta tilaus</a>`));
      assert.match(String(mail.html), new RegExp(`<a href="[^"]+/asetukset\\?t=${token}">Muuta asetuksia</a>`));
      await relay.waitForMail(address, 5); // and again: the campaign repeats
    });
  });
});
