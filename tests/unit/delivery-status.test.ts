import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { detectBounce } from '../../src/mail/bounce.ts';
import {
  buildDeliveryStatusNotification,
  isPermanentFailure,
  parseDeliveryStatusFields,
  type DsnInput,
} from '../../src/mail/delivery-status.ts';

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

const mailboxFull: DsnInput = {
  reportingMta: 'shopper.test',
  from: 'Mail Delivery Subsystem <mailer-daemon@shopper.test>',
  to: 'offers@shop.test',
  originalEnvelopeId: 'env-42',
  recipient: 'unsubscribe@shop.test',
  status: '5.2.2',
  diagnostic: 'smtp; 552 5.2.2 Mailbox full',
  remoteMta: 'mx.shop.test',
  originalHeaders: 'From: Shopper <shopper@shopper.test>\nTo: unsubscribe@shop.test\nSubject: unsubscribe\nMessage-ID: <unsub-1@shopper.test>\n\nplease unsubscribe me',
  arrivalDate: new Date('2024-03-01T08:00:00Z'),
  date: new Date('2024-03-01T08:00:05Z'),
  messageId: '<dsn-1@shopper.test>',
};

describe('buildDeliveryStatusNotification', () => {
  const raw = buildDeliveryStatusNotification(mailboxFull);

  it('writes a multipart/report with CRLF line endings and the required headers', () => {
    assert.doesNotMatch(raw, /[^\r]\n/);
    assert.match(raw, /^From: Mail Delivery Subsystem <mailer-daemon@shopper\.test>\r\n/);
    assert.match(raw, /\r\nSubject: Undelivered Mail Returned to Sender\r\n/);
    assert.match(raw, /\r\nDate: Fri, 01 Mar 2024 08:00:05 \+0000\r\n/);
    assert.match(raw, /\r\nMessage-ID: <dsn-1@shopper\.test>\r\n/);
    assert.match(raw, /\r\nAuto-Submitted: auto-replied\r\n/);
    assert.match(raw, /\r\nContent-Type: multipart\/report; report-type=delivery-status;\r\n boundary="[^"]+"\r\n/);
    assert.match(raw, /\r\nArrival-Date: Fri, 01 Mar 2024 08:00:00 \+0000\r\n/);
    assert.doesNotMatch(raw, /please unsubscribe me/, 'only the header block of the original is returned');
  });

  it('is reproducible for the same input and dates and ids itself when not told', () => {
    assert.equal(buildDeliveryStatusNotification(mailboxFull), raw);
    const undated = buildDeliveryStatusNotification({ ...mailboxFull, date: undefined, messageId: undefined });
    assert.match(undated, /\r\nDate: \w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000\r\n/);
    assert.match(undated, /\r\nMessage-ID: <[0-9a-f-]{36}@shopper\.test>\r\n/);
  });

  it('round-trips through mailparser and detectBounce, with the report inline or as an attachment', async () => {
    for (const options of [{}, { keepDeliveryStatus: true }]) {
      const mail = await simpleParser(raw, options);
      assert.equal(mail.subject, 'Undelivered Mail Returned to Sender');
      assert.equal(mail.messageId, '<dsn-1@shopper.test>');
      assert.deepEqual(detectBounce(mail), {
        recipients: [
          {
            finalRecipient: 'unsubscribe@shop.test',
            action: 'failed',
            status: '5.2.2',
            diagnosticCode: '552 5.2.2 Mailbox full',
            remoteMta: 'mx.shop.test',
          },
        ],
        originalMessageId: '<unsub-1@shopper.test>',
        originalEnvelopeId: 'env-42',
        standard: true,
      });
    }
  });

  it('parses its own delivery-status part back', async () => {
    const mail = await simpleParser(raw, { keepDeliveryStatus: true });
    const part = mail.attachments.find((a) => a.contentType === 'message/delivery-status');
    assert.ok(part);
    const status = parseDeliveryStatusFields(part.content.toString('utf8'));
    assert.equal(status.reportingMta, 'shopper.test');
    assert.equal(status.originalEnvelopeId, 'env-42');
    assert.equal(status.arrivalDate, 'Fri, 01 Mar 2024 08:00:00 +0000');
    assert.equal(status.recipients.length, 1);
    assert.equal(isPermanentFailure(status), true);
  });

  it('folds long diagnostics, keeps injected line breaks out of headers, derives the action', async () => {
    const diagnostic = `smtp; 452 4.2.2 ${'The mailbox is over its quota '.repeat(5).trim()}`;
    const delayed = buildDeliveryStatusNotification({
      ...mailboxFull,
      status: '4.2.2',
      diagnostic: diagnostic.slice('smtp; '.length),
      recipient: 'a@shop.test\r\nBcc: victim@else.test',
    });
    assert.ok(delayed.split('\r\n').every((line) => line.length <= 78));
    assert.match(delayed, /\r\nDiagnostic-Code: smtp; 452 4\.2\.2 [^\r]+\r\n [^\r]+/);
    assert.doesNotMatch(delayed, /\r\nBcc:/);
    const mail = await simpleParser(delayed, { keepDeliveryStatus: true });
    const part = mail.attachments.find((a) => a.contentType === 'message/delivery-status');
    const recipient = parseDeliveryStatusFields(part?.content.toString('utf8') ?? '').recipients[0];
    assert.equal(recipient?.action, 'delayed');
    assert.equal(recipient?.diagnosticCode, diagnostic.slice('smtp; '.length));
    assert.equal(detectBounce(mail), undefined, 'a delay is not a bounce');
  });
});

describe('parseDeliveryStatusFields', () => {
  it('reads the per-message group and every per-recipient group', () => {
    const status = parseDeliveryStatusFields(
      crlf(`Reporting-MTA: dns; mail.shop.test
Original-Envelope-Id: 0123ABC
Arrival-Date: Fri, 1 Mar 2024 09:00:00 +0100

Final-Recipient: RFC822; <full@shop.test>
Original-Recipient: rfc822;Full@Shop.test
Action: Failed
Status: 5.2.2 (mailbox full)
Remote-MTA: DNS; mx.shop.test
Diagnostic-Code: smtp; 552-5.2.2 The email account that you tried to reach is
    over quota.
Last-Attempt-Date: Fri, 1 Mar 2024 09:00:01 +0100

Final-Recipient: rfc822; slow@shop.test
Action: delayed
Status: 4.4.1
Will-Retry-Until: Mon, 4 Mar 2024 09:00:00 +0100
`),
    );
    assert.deepEqual(status, {
      reportingMta: 'mail.shop.test',
      originalEnvelopeId: '0123ABC',
      arrivalDate: 'Fri, 1 Mar 2024 09:00:00 +0100',
      recipients: [
        {
          finalRecipient: 'full@shop.test',
          action: 'failed',
          status: '5.2.2',
          diagnosticCode: '552-5.2.2 The email account that you tried to reach is over quota.',
          remoteMta: 'mx.shop.test',
        },
        { finalRecipient: 'slow@shop.test', action: 'delayed', status: '4.4.1' },
      ],
    });
  });

  it('copes with missing blank lines, an original recipient only, and original headers in the text', () => {
    const status = parseDeliveryStatusFields(`Reporting-MTA: dns;mx.test

Final-Recipient: rfc822;a@shop.test
Action: failed
Status: 5.1.1
Final-Recipient: rfc822;b@shop.test
Action: failed
Status: 5.1.1

Original-Recipient: rfc822;c@shop.test
Action: failed
Status: 5.0.0

From: shopper@shopper.test
Subject: unsubscribe
Message-ID: <orig@shopper.test>
`);
    assert.deepEqual(
      status.recipients.map((r) => r.finalRecipient),
      ['a@shop.test', 'b@shop.test', 'c@shop.test'],
    );
    assert.equal(status.originalMessageId, '<orig@shopper.test>');
    assert.equal(status.originalSubject, 'unsubscribe');
  });

  it('never throws on garbage', () => {
    for (const text of ['', '\r\n\r\n', ':::\n\n: x', 'Final-Recipient:', 'Action:\n Status:', '\u0000\uffff'.repeat(1000)]) {
      assert.ok(Array.isArray(parseDeliveryStatusFields(text).recipients));
    }
    assert.deepEqual(parseDeliveryStatusFields(undefined as unknown as string), { recipients: [] });
  });
});

describe('isPermanentFailure', () => {
  const withRecipient = (action: string, status: string) => ({ recipients: [{ finalRecipient: 'a@shop.test', action, status }] });

  it('is true for a failed action or a 5.x.x status, false for delays and deliveries', () => {
    assert.equal(isPermanentFailure(withRecipient('failed', '5.1.1')), true);
    assert.equal(isPermanentFailure(withRecipient('failed', '4.4.7')), true, 'gave up after retrying');
    assert.equal(isPermanentFailure(withRecipient('', '5.0.0')), true);
    assert.equal(isPermanentFailure(withRecipient('delayed', '4.4.1')), false);
    assert.equal(isPermanentFailure(withRecipient('delivered', '2.0.0')), false);
    assert.equal(isPermanentFailure({ recipients: [] }), false);
  });
});

describe('detectBounce', () => {
  it('reads a hand-written Postfix bounce', async () => {
    const mail = await simpleParser(
      crlf(`Return-Path: <>
From: MAILER-DAEMON@mail.shop.test (Mail Delivery System)
To: shopper@shopper.test
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4F1C23C0A7.1709280000/mail.shop.test"
Message-Id: <20240301080000.9AB@mail.shop.test>

This is a MIME-encapsulated message.

--4F1C23C0A7.1709280000/mail.shop.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.shop.test.

I could not deliver your message to the recipient below.

<unsubscribe@shop.test>: host mx.shop.test[192.0.2.10] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--4F1C23C0A7.1709280000/mail.shop.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.shop.test
X-Postfix-Queue-ID: 4F1C23C0A7
X-Postfix-Sender: rfc822; shopper@shopper.test
Arrival-Date: Fri,  1 Mar 2024 08:00:00 +0000 (UTC)

Final-Recipient: rfc822; unsubscribe@shop.test
Original-Recipient: rfc822;unsubscribe@shop.test
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.shop.test
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--4F1C23C0A7.1709280000/mail.shop.test
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Shopper <shopper@shopper.test>
To: unsubscribe@shop.test
Subject: unsubscribe
Message-ID: <unsub-7@shopper.test>

--4F1C23C0A7.1709280000/mail.shop.test--
`),
    );
    assert.deepEqual(detectBounce(mail), {
      recipients: [
        {
          finalRecipient: 'unsubscribe@shop.test',
          action: 'failed',
          status: '5.2.2',
          diagnosticCode: '552 5.2.2 Mailbox full',
          remoteMta: 'mx.shop.test',
        },
      ],
      originalMessageId: '<unsub-7@shopper.test>',
      standard: true,
    });
  });

  it('reads a report whose original message is attached as message/rfc822, keeping only failed recipients', async () => {
    const mail = await simpleParser(
      crlf(`From: Mail Delivery Subsystem <mailer-daemon@mx.shop.test>
To: shopper@shopper.test
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="b1"; report-type="delivery-status"

--b1
Content-Type: multipart/alternative; boundary="b2"

--b2
Content-Type: text/plain

Address not found
--b2
Content-Type: text/html

<p>Address not found</p>
--b2--

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.shop.test

Final-Recipient: rfc822; gone@shop.test
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 No such user

Final-Recipient: rfc822; slow@shop.test
Action: delayed
Status: 4.4.1

--b1
Content-Type: message/rfc822

From: shopper@shopper.test
To: gone@shop.test, slow@shop.test
Subject: where is my parcel?
Message-ID: <enquiry-3@shopper.test>

Hello?
--b1--
`),
    );
    const bounce = detectBounce(mail);
    assert.deepEqual(bounce?.recipients.map((r) => [r.finalRecipient, r.status]), [['gone@shop.test', '5.1.1']]);
    assert.equal(bounce?.originalMessageId, '<enquiry-3@shopper.test>');
    assert.equal(bounce?.standard, true);
  });

  it('recognises an Exchange-style "Undeliverable:" notice without a report', async () => {
    const mail = await simpleParser(
      crlf(`From: Microsoft Outlook <postmaster@shop.test>
To: shopper@shopper.test
Subject: Undeliverable: unsubscribe
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Delivery has failed to these recipients or groups:

unsubscribe@shop.test (unsubscribe@shop.test)
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: EX01.shop.test

unsubscribe@shop.test
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'

Original message headers:

From: Shopper <shopper@shopper.test>
To: <unsubscribe@shop.test>
Subject: unsubscribe
Message-ID: <unsub-9@shopper.test>
`),
    );
    assert.deepEqual(detectBounce(mail), {
      recipients: [
        {
          finalRecipient: 'unsubscribe@shop.test',
          action: 'failed',
          status: '5.2.2',
          diagnosticCode: '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException',
        },
      ],
      originalMessageId: '<unsub-9@shopper.test>',
      standard: false,
    });
  });

  it('recognises an Exim "Mail delivery failed" notice', async () => {
    const mail = await simpleParser(
      crlf(`From: Mail Delivery System <Mailer-Daemon@mail.shop.test>
To: shopper@shopper.test
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  support@shop.test
    host mx.shop.test [192.0.2.10]
    SMTP error from remote mail server after RCPT TO:<support@shop.test>:
    550 5.1.1 User unknown
`),
    );
    const bounce = detectBounce(mail);
    assert.deepEqual(bounce?.recipients, [
      { finalRecipient: 'support@shop.test', action: 'failed', status: '5.1.1', diagnosticCode: '550 5.1.1 User unknown' },
    ]);
    assert.equal(bounce?.standard, false);
  });

  it('still recognises a notice that names no recipient or code', async () => {
    const mail = await simpleParser('From: postmaster@shop.test\r\nTo: shopper@shopper.test\r\nSubject: Returned mail\r\n\r\nSorry.\r\n');
    assert.deepEqual(detectBounce(mail), { recipients: [], standard: false });
  });

  it('does not mistake ordinary mail for a bounce', async () => {
    const marketing = await simpleParser(
      crlf(`From: Shop Offers <offers@shop.test>
To: shopper@shopper.test
Subject: Returned mail? Undeliverable parcels? Not with us: 20% off
List-Unsubscribe: <mailto:unsubscribe@shop.test>, <https://shop.test/u/1>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="m"

--m
Content-Type: text/plain

Status: 5.0.0 stars from our customers. Write to postmaster@shop.test.
Final-Recipient: you!
--m
Content-Type: text/html

<p>20% off</p>
--m--
`),
    );
    assert.equal(detectBounce(marketing), undefined);

    const fromPostmaster = await simpleParser('From: postmaster@shop.test\r\nSubject: Your mailbox settings\r\n\r\nHi\r\n');
    assert.equal(detectBounce(fromPostmaster), undefined);

    const readReceipt = await simpleParser(
      crlf(`From: someone@shop.test
Subject: Read: unsubscribe
Content-Type: multipart/report; report-type=disposition-notification; boundary="r"

--r
Content-Type: text/plain

Your message was read.
--r
Content-Type: message/disposition-notification

Final-Recipient: rfc822; someone@shop.test
Disposition: manual-action/MDN-sent-manually; displayed
--r--
`),
    );
    assert.equal(detectBounce(readReceipt), undefined);

    const forwarded = await simpleParser(
      crlf(`From: friend@else.test
Subject: Fwd: offer
Content-Type: multipart/mixed; boundary="f"

--f
Content-Type: text/plain

See below.
--f
Content-Type: message/rfc822

From: offers@shop.test
Subject: offer
Message-ID: <offer@shop.test>

Buy now
--f--
`),
    );
    assert.equal(detectBounce(forwarded), undefined);
  });

  it('never throws on garbage', async () => {
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const inputs: (string | Buffer)[] = [
      '',
      '\r\n\r\n',
      'From: MAILER-DAEMON\r\nSubject: Undeliverable\r\nContent-Type: multipart/report; report-type=delivery-status\r\n\r\n',
      'Content-Type: multipart/report; report-type=delivery-status; boundary=x\r\n\r\n--x\r\nContent-Type: message/delivery-status\r\n\r\n:\r\n--x',
      ...Array.from({ length: 50 }, () => Buffer.from(Array.from({ length: 300 }, () => Math.floor(random() * 256)))),
    ];
    for (const input of inputs) {
      const mail = await simpleParser(input);
      assert.doesNotThrow(() => detectBounce(mail));
    }
    assert.equal(detectBounce({} as ParsedMail), undefined);
  });
});
