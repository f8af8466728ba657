import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ParsedMail } from 'mailparser';
import { startDemoCompany, type DemoCompany } from '../../demo/company.ts';
import { parseFaults } from '../../demo/faults.ts';
import { postForm, rawHeader, sendTo, startCapturingRelay, type CapturedMail, type CapturingRelay } from '../support/capturing-relay.ts';

// Long enough for an answer due after demo hours (a few milliseconds of real time) to have gone out.
const ANSWER_GRACE_MS = 300;

let relay: CapturingRelay;
before(async () => {
  relay = await startCapturingRelay();
});
after(() => relay.close());

describe('Support desk: an enquiry by email', () => {
  test('is acknowledged at once by an RFC 3834 auto-reply in its thread, from a null return path', async () => {
    await withCompany('', async (company) => {
      const { messageId } = await emailSupport(company, 'ann@shopper.test');
      const mails = await relay.waitForMail('ann@shopper.test', 2);
      const mail = acknowledgementAndAnswer(mails).acknowledgement;
      assert.equal(mails.find((captured) => captured.mail === mail)?.envelopeFrom, '');
      assert.equal(rawHeader(mail, 'Auto-Submitted'), 'auto-replied');
      assert.equal(mail.inReplyTo, messageId);
      assert.match(rawHeader(mail, 'References') ?? '', new RegExp(escapeRegExp(messageId)));
      assert.equal(mail.from?.value[0]?.address, 'support@demo-shop.test');
      assert.match(mail.subject ?? '', /^\[Case C-\d+\] We have received your message: Where is my order\?$/);
      assert.match(mail.text ?? '', /Your case number is C-\d+/);
      assert.match(mail.messageId ?? '', /@demo-shop\.test>$/);
    });
  });

  test('is answered later by a named person, in the thread of the enquiry and the acknowledgement', async () => {
    await withCompany('', async (company) => {
      const { messageId } = await emailSupport(company, 'bo@shopper.test');
      const { acknowledgement, answer } = acknowledgementAndAnswer(await relay.waitForMail('bo@shopper.test', 2));
      assert.equal(rawHeader(answer, 'Auto-Submitted'), undefined);
      assert.equal(answer.inReplyTo, messageId);
      const references = rawHeader(answer, 'References') ?? '';
      assert.ok(references.includes(messageId) && references.includes(acknowledgement.messageId!), references);
      assert.match(answer.subject ?? '', /^Re: \[Case C-\d+\] Where is my order\?$/);
      assert.match(answer.text ?? '', /Kind regards,\n(Alex Morgan|Priya Natarajan|Tom Becker)\n/);
      assert.match(answer.from?.text ?? '', /(Alex Morgan|Priya Natarajan|Tom Becker), Demo Shop Customer Service/);
      assert.equal(answer.from?.value[0]?.address, 'support@demo-shop.test');
    });
  });

  test('automatic mail to support is never answered (no mail loops)', async () => {
    await withCompany('', async (company) => {
      await sendTo(company.smtp, {
        from: 'desk@other-shop.test',
        to: 'support@demo-shop.test',
        subject: 'Out of office',
        text: 'I am away.',
        headers: { 'Auto-Submitted': 'auto-replied' },
      });
      await sleep(ANSWER_GRACE_MS);
      assert.deepEqual(relay.mailFor('desk@other-shop.test'), []);
    });
  });
});

describe('Support desk: the contact form', () => {
  test('has a labelled field for everything it asks', async () => {
    await withCompany('', async (company) => {
      const html = await (await fetch(`${company.webUrl}/contact`)).text();
      for (const [id, label] of [['name', 'Your name'], ['email', 'Email address'], ['subject', 'Subject'], ['message', 'Your message']]) {
        assert.match(html, new RegExp(`<label for="${id}">${label}</label>`));
      }
      assert.match(html, /href="mailto:support@demo-shop\.test"/);
    });
  });

  test('shows a case number, acknowledges it with an auto-generated email and then answers it', async () => {
    await withCompany('', async (company) => {
      const response = await sendContactForm(company, 'cy@shopper.test');
      assert.equal(response.status, 200);
      const caseNumber = /Your case number is <strong>(C-\d+)<\/strong>/.exec(await response.text())?.[1];
      assert.ok(caseNumber, 'no case number on the page');
      const { acknowledgement, answer } = acknowledgementAndAnswer(await relay.waitForMail('cy@shopper.test', 2));
      assert.equal(rawHeader(acknowledgement, 'Auto-Submitted'), 'auto-generated');
      assert.ok(acknowledgement.subject?.includes(`[Case ${caseNumber}]`));
      assert.match(acknowledgement.text ?? '', new RegExp(`Your case number is ${caseNumber}\\.`));
      assert.match(acknowledgement.text ?? '', /^Hello Cy Shopper,/);
      assert.equal(rawHeader(answer, 'Auto-Submitted'), undefined);
      assert.equal(answer.subject, `Re: [Case ${caseNumber}] Where is my order?`);
      assert.equal(answer.inReplyTo, acknowledgement.messageId);
    });
  });

  test('an incomplete form is shown again with an error', async () => {
    await withCompany('', async (company) => {
      const response = await postForm(`${company.webUrl}/contact`, { name: 'Di', email: 'not an address', subject: 'Hi', message: 'Hello' });
      assert.equal(response.status, 400);
      assert.match(await response.text(), /role="alert"/);
    });
  });
});

describe('Support desk with faults', () => {
  test('enquiry-not-acknowledged: no acknowledgement by email or for the form, yet an answer', async () => {
    await withCompany('enquiry-not-acknowledged', async (company) => {
      await emailSupport(company, 'ed@shopper.test');
      await sendContactForm(company, 'flo@shopper.test');
      const [byEmail] = await relay.waitForMail('ed@shopper.test', 1);
      const [byForm] = await relay.waitForMail('flo@shopper.test', 1);
      await sleep(ANSWER_GRACE_MS);
      for (const mails of [relay.mailFor('ed@shopper.test'), relay.mailFor('flo@shopper.test')]) {
        assert.equal(mails.length, 1);
      }
      assert.ok([byEmail, byForm].every((captured) => isHumanAnswer(captured!)));
    });
  });

  test('enquiry-not-answered: acknowledged, but no person ever answers', async () => {
    await withCompany('enquiry-not-answered', async (company) => {
      await emailSupport(company, 'gil@shopper.test');
      await sendContactForm(company, 'hal@shopper.test');
      await relay.waitForMail('gil@shopper.test', 1);
      await relay.waitForMail('hal@shopper.test', 1);
      await sleep(ANSWER_GRACE_MS);
      const mails = [...relay.mailFor('gil@shopper.test'), ...relay.mailFor('hal@shopper.test')];
      assert.equal(mails.length, 2);
      assert.ok(mails.every((captured) => !isHumanAnswer(captured)));
    });
  });

  test('support-mailbox-full: support@ refuses mail with 552, while the contact form still works', async () => {
    await withCompany('support-mailbox-full', async (company) => {
      await assert.rejects(emailSupport(company, 'ivy@shopper.test'), (error: Error & { responseCode?: number }) => {
        assert.equal(error.responseCode, 552);
        assert.match(error.message, /5\.2\.2 Mailbox full/);
        return true;
      });
      assert.equal((await sendContactForm(company, 'jo@shopper.test')).status, 200);
      await relay.waitForMail('jo@shopper.test', 2);
    });
  });
});

async function withCompany(faults: string, use: (company: DemoCompany) => Promise<void>): Promise<void> {
  const company = await startDemoCompany({ faults: parseFaults(faults), mailRelay: { host: '127.0.0.1', port: relay.port } });
  try {
    await use(company);
  } finally {
    await company.stop();
  }
}

function emailSupport(company: DemoCompany, from: string): Promise<{ messageId: string }> {
  return sendTo(company.smtp, {
    from: `${nameOf(from)} <${from}>`,
    to: 'support@demo-shop.test',
    subject: 'Where is my order?',
    text: 'My order has not arrived yet. Where is it?',
  });
}

function sendContactForm(company: DemoCompany, email: string): Promise<Response> {
  return postForm(`${company.webUrl}/contact`, {
    name: nameOf(email),
    email,
    subject: 'Where is my order?',
    message: 'My order has not arrived yet. Where is it?',
  });
}

/** Told apart by their headers: two messages sent milliseconds apart may arrive in either order. */
function acknowledgementAndAnswer(mails: CapturedMail[]): { acknowledgement: ParsedMail; answer: ParsedMail } {
  const acknowledgement = mails.find((captured) => !isHumanAnswer(captured))?.mail;
  const answer = mails.find(isHumanAnswer)?.mail;
  assert.ok(acknowledgement && answer, 'expected an acknowledgement and an answer');
  return { acknowledgement, answer };
}

function isHumanAnswer(captured: CapturedMail): boolean {
  return rawHeader(captured.mail, 'Auto-Submitted') === undefined && /^Re: /.test(captured.mail.subject ?? '');
}

/** "cy@shopper.test" → "Cy Shopper" */
function nameOf(email: string): string {
  const first = email.split('@')[0]!;
  return `${first[0]!.toUpperCase()}${first.slice(1)} Shopper`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
