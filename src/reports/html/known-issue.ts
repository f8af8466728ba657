import type { KnownIssue } from '../../report-model/known-issue.ts';
import { escapeHtml } from './escape.ts';
import { formatWhen } from './format.ts';

/** "Known since …, ticket …": an acknowledged journey stays broken, and says who is on it. */
export function knownIssueNote(known: KnownIssue | undefined): string {
  if (!known) return '';
  const ticket = known.ticket ? `, ticket <a href="${escapeHtml(known.ticket)}">${escapeHtml(known.ticket)}</a>` : '';
  const until = known.until ? `, until ${escapeHtml(formatWhen(known.until))}` : '';
  return `<p class="known"><strong>Known</strong>, since ${escapeHtml(formatWhen(known.since))}${ticket}${until}: ${escapeHtml(known.reason)}</p>`;
}
