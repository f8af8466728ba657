import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TestInfo } from '@playwright/test';
import { emailDraft } from '../../src/findings/evidence-draft.ts';
import { Notebook } from '../../src/findings/notebook.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';

// An email is kept as evidence one way, in a run (Notebook.keepEmail) and by a later run's judge
// (emailDraft, behind emailEvidence): the report's evidence paths are made of these names.

function email(subject: string): ReceivedEmail {
  const source = `From: shop@demo-shop.test\r\nTo: sam@shopper.test\r\nSubject: ${subject}\r\n\r\nHello`;
  return { id: 'm1', receivedAt: new Date(), envelope: { from: 'shop@demo-shop.test', to: ['sam@shopper.test'] }, from: 'shop@demo-shop.test', to: ['sam@shopper.test'], subject, headers: new Map(), source };
}

test('keepEmail attaches the full source as message/rfc822, named "label: subject", as a judge names it', async () => {
  const attached: Array<{ name: string; contentType: string; body: string }> = [];
  const testInfo = { attach: async (name: string, { body, contentType }: { body: string; contentType: string }) => void attached.push({ name, contentType, body }) };
  const notebook = new Notebook(testInfo as unknown as TestInfo);

  const offer = email('Your offer for the Compact car');
  assert.deepEqual(await notebook.keepEmail('offer email', offer), { name: 'offer email: Your offer for the Compact car', contentType: 'message/rfc822' });
  assert.deepEqual(await notebook.keepEmail('confirmation', email('')), { name: 'confirmation: (no subject)', contentType: 'message/rfc822' });

  assert.deepEqual(attached[0], { name: 'offer email: Your offer for the Compact car', contentType: 'message/rfc822', body: offer.source });
  const judged = emailDraft('offer email', offer);
  assert.deepEqual(attached[0], { name: judged.name, contentType: judged.contentType, body: judged.body });
});
