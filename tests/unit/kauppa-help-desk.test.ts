import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { rawHeader } from '../support/capturing-relay.ts';
import { mailKauppa, mailWithSubject, withKauppa } from '../support/kauppa-lab.ts';

test('Kauppa Oy help desk: a ticket, an RFC 3834 acknowledgement in the thread, then an agent answer tied by the ticket id alone', async () => {
  await withKauppa([], async (kauppa, relay) => {
    const customer = 'sam+tiketti@shopper.test';
    const { messageId } = await mailKauppa(kauppa, { from: customer, to: 'asiakaspalvelu@kauppa.test', subject: 'Missä tilaukseni on?', text: 'Tilasin viime viikolla.' });
    const { mail: ack } = await mailWithSubject(relay, customer, '[kauppa.test #1001] Vastaanotettu: Missä tilaukseni on?');
    assert.equal(rawHeader(ack, 'From'), 'Kauppa asiakaspalvelu <asiakaspalvelu@kauppa.test>');
    assert.equal(rawHeader(ack, 'Auto-Submitted'), 'auto-replied');
    assert.equal(rawHeader(ack, 'Precedence'), 'bulk');
    assert.equal(ack.inReplyTo, messageId);
    assert.equal(rawHeader(ack, 'References'), `${messageId} <ticket-1001@kauppa.test>`);
    assert.match(ack.text ?? '', /Kiitos viestistäsi\. Tikettinumerosi on #1001\. Vastaamme pian\./);

    const { mail: answer } = await mailWithSubject(relay, customer, '[kauppa.test #1001] Re: Missä tilaukseni on?');
    assert.equal(rawHeader(answer, 'From'), 'Aino Virtanen <asiakaspalvelu@kauppa.test>');
    assert.equal(rawHeader(answer, 'Precedence'), 'bulk');
    assert.equal(rawHeader(answer, 'Auto-Submitted'), undefined);
    assert.equal(rawHeader(answer, 'In-Reply-To'), undefined);
    assert.equal(rawHeader(answer, 'References'), '<ticket-1001@kauppa.test>');
    assert.match(answer.text ?? '', /Aino Virtanen/);
    assert.ok(answer.date && ack.date);
    assert.equal(kauppa.helpDesk.book.tickets.length, 1);
  });
});

test('Kauppa Oy help desk does not acknowledge automatic mail (RFC 3834), though a person still answers it', async () => {
  await withKauppa([], async (kauppa, relay) => {
    const sender = 'lomavastaaja@shopper.test';
    await mailKauppa(kauppa, { from: sender, to: 'asiakaspalvelu@kauppa.test', subject: 'Olen lomalla', text: 'Palaan maanantaina.', headers: { 'Auto-Submitted': 'auto-replied' } });
    await mailWithSubject(relay, sender, '[kauppa.test #1001] Re: Olen lomalla');
    await sleep(100);
    assert.deepEqual(relay.mailFor(sender).map((captured) => captured.mail.subject), ['[kauppa.test #1001] Re: Olen lomalla']);
  });
});
