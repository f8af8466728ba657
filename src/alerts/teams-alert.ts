import type { Alert } from './alert.ts';
import { alertFacts, alertHeadline, alertSentence, isWebLink } from './alert-text.ts';

const TITLE_COLOUR = { broken: 'Attention', degraded: 'Warning', recovered: 'Good' } as const;

/**
 * A Microsoft Teams incoming-webhook message: an Adaptive Card in a message envelope, the form
 * both Teams' Workflows webhooks and its older connector webhooks accept.
 */
export function teamsMessage(alert: Alert, reportLink: string): object {
  const facts = alertFacts(alert, reportLink).filter(([label]) => label !== 'Journey');
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: alertHeadline(alert), size: 'Large', weight: 'Bolder', color: TITLE_COLOUR[alert.change], wrap: true },
            { type: 'TextBlock', text: alertSentence(alert), wrap: true },
            { type: 'FactSet', facts: facts.map(([title, value]) => ({ title, value })) },
          ],
          actions: isWebLink(reportLink) ? [{ type: 'Action.OpenUrl', title: 'Open the experience report', url: reportLink }] : [],
        },
      },
    ],
  };
}
