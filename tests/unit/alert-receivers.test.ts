import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { inspect } from 'node:util';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Alert } from '../../src/alerts/alert.ts';
import { decideAlerts } from '../../src/alerts/decide-alerts.ts';
import { notifyChanges } from '../../src/alerts/notify-changes.ts';
import { sendAlerts } from '../../src/alerts/send-alerts.ts';
import { maskOutgoing } from '../../src/reports/mask-outgoing.ts';
import type { AlertChannelInput } from '../../src/config/alert-schema.ts';
import { startHttpReceiver } from '../support/http-receiver.ts';
import { channelsOf, FakeHistory, IMPACT } from '../support/fake-alert-history.ts';
import { freePort } from '../support/ports.ts';

const REPORT = 'https://ci.acme.example/audits/r2/experience/index.html';
const SMTP_PASSWORD = 'smtp-secret-pw';

test('one alert of each kind reaches its receiver: one JSON POST per alert, and an email', async (t) => {
  const receiver = await startHttpReceiver();
  const smtp = await startSmtpReceiver();
  t.after(() => Promise.all([receiver.close(), smtp.close()]));
  const channels = channelsOf(
    { name: 'qa-slack', kind: 'slack', url: receiver.url('/slack/T000/B000/token-slack') },
    { name: 'qa-teams', kind: 'teams', url: receiver.url('/teams/token-teams') },
    { name: 'ops-hook', kind: 'webhook', url: receiver.url('/hook/token-hook') },
    emailChannel('cio-mail', smtp.port),
  );
  const lines: string[] = [];
  const alerts = await brokenTwice(channels);
  assert.equal(alerts.length, 4);

  assert.deepEqual(await sendAlerts(alerts, { reportLink: REPORT, log: (line) => lines.push(line) }), []);

  assert.equal(receiver.received.length, 3);
  for (const request of receiver.received) {
    assert.equal(request.method, 'POST');
    assert.match(String(request.headers['content-type']), /^application\/json/);
  }
  const [slack] = receiver.jsonOn('/slack/T000/B000/token-slack') as Array<{ text: string; blocks: Array<{ type: string; text?: { text: string } }> }>;
  assert.match(slack!.text, new RegExp(`^Broken since \\w{3} \\d{1,2} \\w{3}, \\d\\d:\\d\\d \\S+: Unsubscribe from marketing email — ${IMPACT} \\(owner: marketing\\)$`));
  assert.deepEqual(slack!.blocks.map((block) => block.type), ['header', 'section', 'context']);
  assert.equal(slack!.blocks[0]!.text!.text, 'Demo Shop · Broken: Unsubscribe from marketing email');

  const [teams] = receiver.jsonOn('/teams/token-teams') as Array<{ type: string; attachments: Array<{ contentType: string; content: { type: string; body: Array<{ text?: string }>; actions: Array<{ url: string }> } }> }>;
  assert.equal(teams!.type, 'message');
  assert.equal(teams!.attachments[0]!.contentType, 'application/vnd.microsoft.card.adaptive');
  assert.equal(teams!.attachments[0]!.content.type, 'AdaptiveCard');
  assert.equal(teams!.attachments[0]!.content.body[0]!.text, 'Broken: Unsubscribe from marketing email');
  assert.equal(teams!.attachments[0]!.content.actions[0]!.url, REPORT);

  const [hook] = receiver.jsonOn('/hook/token-hook') as Array<Record<string, unknown>>;
  assert.equal(hook!.type, 'mystery-shopper.alert');
  assert.equal(hook!.change, 'broken');
  assert.equal(hook!.report, REPORT);
  assert.deepEqual(hook!.journey, { id: 'unsubscribe', name: 'Unsubscribe from marketing email', owner: 'marketing', status: 'broken', findings: [{ kind: 'opt-out-ignored', customerImpact: IMPACT }] });
  assert.deepEqual(hook!.failing, { runs: 2, ofLast: 2 });

  assert.equal(smtp.received.length, 1);
  const mail = smtp.received[0]!;
  assert.equal(mail.subject, '[mystery-shopper] Broken: Unsubscribe from marketing email');
  assert.deepEqual(mail.recipients, ['cio@acme.example', 'qa@acme.example']);
  assert.equal(mail.login, 'alerts@acme.example');
  assert.match(mail.parsed.text ?? '', new RegExp(`Unsubscribe from marketing email — ${IMPACT}`));
  assert.match(mail.parsed.text ?? '', /Failed: 2 of the last 2 runs/);
  assert.match(String(mail.parsed.html), new RegExp(`<a href="${REPORT}">`));

  assert.deepEqual(lines.sort(), ['Alert sent to cio-mail: unsubscribe broken', 'Alert sent to ops-hook: unsubscribe broken', 'Alert sent to qa-slack: unsubscribe broken', 'Alert sent to qa-teams: unsubscribe broken']);
  const everythingSent = [...receiver.received.map((request) => request.body), ...smtp.received.map((mail) => mail.source)].join('\n');
  assert.doesNotMatch(everythingSent, /token-|smtp-secret-pw/);
});

test('a receiver that fails, refuses the connection or never answers stops no other, and its URL is never logged', async (t) => {
  const receiver = await startHttpReceiver((path) => (path.startsWith('/broken') ? 500 : path.startsWith('/silent') ? 'never' : 200));
  const smtp = await startSmtpReceiver();
  t.after(() => Promise.all([receiver.close(), smtp.close()]));
  const nobody = await freePort();
  const channels = channelsOf(
    { name: 'returns-500', kind: 'slack', url: receiver.url('/broken/token-a') },
    { name: 'refused', kind: 'teams', url: `http://127.0.0.1:${nobody}/token-b` },
    { name: 'silent', kind: 'webhook', url: receiver.url('/silent/token-c') },
    { name: 'mail-refused', kind: 'email', from: 'alerts@acme.example', to: ['qa@acme.example'], smtp: { host: '127.0.0.1', port: nobody, user: 'u', password: SMTP_PASSWORD } },
    { name: 'healthy', kind: 'webhook', url: receiver.url('/ok/token-d') },
    emailChannel('cio-mail', smtp.port),
    emailChannel('wrong-login', smtp.port, 'not-the-password'),
  );
  const lines: string[] = [];

  const undelivered = await sendAlerts(await brokenTwice(channels), { reportLink: REPORT, timeoutMs: 500, log: (line) => lines.push(line) });

  assert.deepEqual(undelivered.map((alert) => alert.channel.name).sort(), ['mail-refused', 'refused', 'returns-500', 'silent', 'wrong-login']);
  assert.equal(receiver.jsonOn('/ok/token-d').length, 1);
  assert.equal(smtp.received.length, 1);
  assert.deepEqual(lines.sort(), [
    'Alert sent to cio-mail: unsubscribe broken',
    'Alert sent to healthy: unsubscribe broken',
    'Alert to mail-refused (email) not sent: unsubscribe broken: connection refused',
    'Alert to refused (teams) not sent: unsubscribe broken: connection refused',
    'Alert to returns-500 (slack) not sent: unsubscribe broken: the receiver answered HTTP 500',
    'Alert to silent (webhook) not sent: unsubscribe broken: no answer within 500 ms',
    'Alert to wrong-login (email) not sent: unsubscribe broken: the SMTP server refused the login (SMTP 535)',
  ]);
  assert.doesNotMatch(lines.join('\n'), /token-|127\.0\.0\.1|smtp-secret-pw|not-the-password/);
});

test('broken, broken, fixed through notifyChanges: the receiver gets exactly one alert and one recovery', async (t) => {
  const receiver = await startHttpReceiver();
  t.after(() => receiver.close());
  const shop = new FakeHistory();
  const channels = channelsOf({ name: 'qa-slack', kind: 'slack', url: receiver.url('/slack') });
  for (const status of ['broken', 'broken', 'passed', 'passed'] as const) {
    await notifyChanges(shop.nextRun(status), shop, channels, { reportLink: REPORT, log: () => {} });
  }
  const texts = (receiver.jsonOn('/slack') as Array<{ text: string }>).map((message) => message.text);
  assert.equal(texts.length, 2);
  assert.match(texts[0]!, /^Broken since .*: Unsubscribe from marketing email — /);
  assert.match(texts[1]!, /^Recovered at .*: Unsubscribe from marketing email works again for customers \(owner: marketing\)$/);
});

test('an alert no receiver took is sent again by the next run that still sees the change', async (t) => {
  let down = true;
  const receiver = await startHttpReceiver(() => (down ? 503 : 200));
  t.after(() => receiver.close());
  const shop = new FakeHistory();
  const channels = channelsOf({ name: 'qa-slack', kind: 'slack', url: receiver.url('/slack') });
  await notifyChanges(shop.nextRun('broken'), shop, channels, { reportLink: REPORT, log: () => {} });
  assert.equal(await shop.alertState('unsubscribe', 'qa-slack'), 'ok');
  down = false;
  await notifyChanges(shop.nextRun('broken'), shop, channels, { reportLink: REPORT, log: () => {} });
  await notifyChanges(shop.nextRun('broken'), shop, channels, { reportLink: REPORT, log: () => {} });
  assert.equal(receiver.received.length, 2, 'the failed attempt, then the alert once');
  assert.equal(await shop.alertState('unsubscribe', 'qa-slack'), 'broken');
});

test('webhook URLs and SMTP passwords never show when a channel or an alert is printed or serialised', async () => {
  const alerts = await brokenTwice(channelsOf({ name: 'qa-slack', kind: 'slack', url: 'https://hooks.slack.example/services/token-x' }, emailChannel('cio-mail', 2525)));
  for (const shown of [JSON.stringify(alerts), inspect(alerts, { depth: 10 }), `${alerts[0]!.channel.kind === 'slack' && alerts[0]!.channel.url}`]) {
    assert.doesNotMatch(shown, /token-x|smtp-secret-pw/);
    assert.match(shown, /\[a masked value\]/);
  }
});

test('an alert quoting a card number or a secret variable leaves with them masked', async (t) => {
  const receiver = await startHttpReceiver();
  const smtp = await startSmtpReceiver();
  t.after(() => Promise.all([receiver.close(), smtp.close()]));
  process.env.ALERT_TEST_API_KEY = 'alert-test-key-8d1f';
  t.after(() => delete process.env.ALERT_TEST_API_KEY);
  const channels = channelsOf({ name: 'ops-hook', kind: 'webhook', url: receiver.url('/hook') }, emailChannel('cio-mail', smtp.port)).map((channel) => ({
    ...channel,
    when: { failing: 2, ofLast: 2 },
  }));
  const shop = new FakeHistory();
  await decideAlerts(shop.nextRun('broken'), shop, channels);
  const report = shop.nextRun('broken');
  report.journeys[0]!.findings[0]!.customerImpact = 'Card 4242 4242 4242 4242 charged twice; key alert-test-key-8d1f';
  // As the end of a run does (src/reports/end-of-run.ts): masked at the boundary, then alerted.
  await maskOutgoing(report, new Map());

  assert.equal((await notifyChanges(report, shop, channels, { reportLink: REPORT, log: () => {} })).length, 2);

  const everythingSent = [...receiver.received.map((request) => request.body), ...smtp.received.map((mail) => mail.source)].join('\n');
  assert.doesNotMatch(everythingSent, /4242 4242|alert-test-key-8d1f/);
  assert.match(everythingSent, /a masked card number ending 4242/);
});

function emailChannel(name: string, port: number, password = SMTP_PASSWORD): AlertChannelInput {
  return { name, kind: 'email', from: 'mystery-shopper@acme.example', to: ['cio@acme.example', 'qa@acme.example'], smtp: { host: '127.0.0.1', port, user: 'alerts@acme.example', password } };
}

/** The alerts of a journey broken in two runs in a row, for channels that want them after 2 of 2. */
async function brokenTwice(channels: ReturnType<typeof channelsOf>): Promise<Alert[]> {
  const strict = channels.map((channel) => ({ ...channel, when: { failing: 2, ofLast: 2 } }));
  const shop = new FakeHistory();
  await decideAlerts(shop.nextRun('broken'), shop, strict);
  return decideAlerts(shop.nextRun('broken'), shop, strict);
}

interface ReceivedMail {
  login: string | undefined;
  recipients: string[];
  subject: string | undefined;
  parsed: ParsedMail;
  source: string;
}

/** A real SMTP server on loopback that wants a login, as a company's relay does. */
async function startSmtpReceiver(): Promise<{ port: number; received: ReceivedMail[]; close(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth: (auth, _session, callback) =>
      auth.password === SMTP_PASSWORD ? callback(null, { user: auth.username }) : callback(new Error('Invalid username or password')),
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const source = Buffer.concat(chunks);
        simpleParser(source).then((parsed) => {
          received.push({ login: session.user as string | undefined, recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address), subject: parsed.subject, parsed, source: source.toString('utf8') });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.server.address() as AddressInfo).port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
