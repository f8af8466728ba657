import type { Alert } from './alert.ts';
import { alertFacts, alertHeadline, alertSentence, isWebLink } from './alert-text.ts';

/** A Slack incoming-webhook message: `text` for notifications, `blocks` for the channel. */
export function slackMessage(alert: Alert, reportLink: string): { text: string; blocks: object[] } {
  const sentence = escapeSlack(alertSentence(alert));
  const context = alertFacts(alert, reportLink)
    .filter(([label]) => label !== 'Report' && label !== 'Journey')
    .map(([label, value]) => `${label}: ${escapeSlack(value)}`);
  const report = isWebLink(reportLink) ? `<${reportLink}|The experience report>` : `The experience report: \`${escapeSlack(reportLink)}\``;
  return {
    text: sentence,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: headerText(`${alert.target.name} · ${alertHeadline(alert)}`) } },
      { type: 'section', text: { type: 'mrkdwn', text: sentence } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: [...context, report].join(' · ') }] },
    ],
  };
}

/** Slack reads &, < and > as markup in message text. */
function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack refuses a header block longer than 150 characters. */
function headerText(text: string): string {
  return text.length <= 150 ? text : `${text.slice(0, 149)}…`;
}
