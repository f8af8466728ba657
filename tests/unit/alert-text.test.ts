import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Alert } from '../../src/alerts/alert.ts';
import { alertHeadline, alertSentence } from '../../src/alerts/alert-text.ts';
import { emailAlert } from '../../src/alerts/email-alert.ts';
import { slackMessage } from '../../src/alerts/slack-alert.ts';
import { channelsOf } from '../support/fake-alert-history.ts';

const [channel] = channelsOf({ name: 'qa', kind: 'slack', url: 'https://hooks.slack.example/x' });

function alert(change: Alert['change'], extra: Partial<Alert['journey']> = {}): Alert {
  return {
    channel: channel!,
    change,
    was: 'ok',
    target: { id: 'demo', name: 'Demo Shop' },
    runId: 'r7',
    at: '2026-11-22T10:02:00.000Z',
    since: '2026-11-22T09:14:00.000Z',
    journey: { id: 'track-delivery', name: 'Track my delivery', owner: null, status: change === 'recovered' ? 'passed' : change, findings: [], ...extra },
    failing: { runs: 1, ofLast: 1 },
  };
}

test('the sentence says what changed since when, in the customer’s words, with the owner when there is one', () => {
  const withFinding = alert('broken', { owner: 'logistics', findings: [{ kind: 'tracking-unclear', customerImpact: 'The tracking page shows "EDI 214" and no arrival time' }] });
  assert.match(alertSentence(withFinding), /^Broken since \w{3} \d{1,2} \w{3}, \d\d:\d\d \S+: Track my delivery — The tracking page shows "EDI 214" and no arrival time \(owner: logistics\)$/);
  assert.match(alertSentence(alert('degraded')), /^Degraded since .*: Track my delivery — it works, but slower or less well than promised$/);
  assert.match(alertSentence(alert('recovered')), /^Recovered at \w{3} \d{1,2} \w{3}, \d\d:\d\d \S+: Track my delivery works again for customers$/);
});

test('customer text is escaped for Slack and for the email’s HTML, and a local report is a path, not a link', () => {
  const risky = alert('broken', { findings: [{ kind: 'tracking-unclear', customerImpact: 'Status <b>&</b> "214"' }] });
  const slack = slackMessage(risky, '/srv/reports/experience/index.html');
  assert.match(slack.text, /Status &lt;b&gt;&amp;&lt;\/b&gt; "214"/);
  assert.match(JSON.stringify(slack.blocks), /The experience report: `\/srv\/reports\/experience\/index.html`/);
  const email = emailAlert(risky, '/srv/reports/experience/index.html');
  assert.equal(email.subject, '[mystery-shopper] Broken: Track my delivery');
  assert.match(email.text, /Status <b>&<\/b> "214"/);
  assert.match(email.text, /Report: \/srv\/reports\/experience\/index.html/);
  assert.match(email.html, /Status &#60;b&#62;&#38;&#60;\/b&#62; &#34;214&#34;/);
  assert.doesNotMatch(email.html, /<a href/);
});

test('a reminder says "still", in the title and the sentence', () => {
  const reminder: Alert = { ...alert('broken'), reminder: true };
  assert.match(alertHeadline(reminder), /^Still broken: /);
  assert.match(alertSentence(reminder), /^Still broken since /);
  assert.match(alertHeadline(alert('broken')), /^Broken: /);
});
