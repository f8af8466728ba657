import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { firstHeader } from '../../src/mail/received-email.ts';
import { postOneClickUnsubscribe, Unanswered } from '../../src/channels/api/one-click-post.ts';
import { isLoopback } from '../../src/config/loopback.ts';
import type { Notebook } from '../../src/findings/notebook.ts';
import { isOneClickPost, parseListUnsubscribe } from '../../src/mail/list-unsubscribe.ts';
import type { AuditTarget } from '../../src/runtime/audit-target.ts';
import type { TargetHttp } from '../../src/safety/target-http.ts';

interface Parts {
  notebook: Notebook;
  target: AuditTarget;
  http: TargetHttp;
}

/** RFC 8058: an https List-Unsubscribe URI plus `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. */
export async function checkOneClickOffer(email: ReceivedEmail, parts: Parts): Promise<string> {
  const { notebook, target } = parts;
  const header = firstHeader(email, 'list-unsubscribe');
  const post = firstHeader(email, 'list-unsubscribe-post');
  const webUris = parseListUnsubscribe(header).web.map((entry) => entry.uri);
  const secure = webUris.find((uri) => acceptableScheme(uri, target));
  const broken = (observed: string) =>
    notebook.broken({
      kind: 'unsubscribe-broken',
      customerImpact: `My mail app cannot unsubscribe me from ${target.name} in one click`,
      expected: 'A List-Unsubscribe header with an https URI and List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058)',
      observed,
    });
  if (!header) return broken('The email carries no List-Unsubscribe header: my mail app offers no way to unsubscribe');
  // A company that says it offers no one-click (many list managers cannot) is held to the other
  // ways out; one it does offer must work.
  if (!target.mail.oneClickUnsubscribe && !isOneClickPost(post)) {
    notebook.notApplicable(`${target.name} offers no one-click unsubscribe (targets.${target.id}.mail.oneClickUnsubscribe is false; List-Unsubscribe: ${header})`);
  }
  if (webUris.length === 0) return broken(`List-Unsubscribe offers no web address ("${header}")`);
  if (!secure) return broken(`The unsubscribe address is not https: ${webUris.join(', ')}`);
  if (!isOneClickPost(post)) return broken(`List-Unsubscribe-Post is ${post ? `"${post}"` : 'missing'}`);
  return secure;
}

/** Sends the one-click POST as a mail app would; returns the moment the customer unsubscribed. */
export async function unsubscribeWithOneClick(email: ReceivedEmail, parts: Parts): Promise<Date> {
  const { notebook, target, http } = parts;
  const uri = await checkOneClickOffer(email, parts);
  const unsubscribedAt = new Date();
  const response = await postOneClickUnsubscribe(http, uri).catch((error: unknown) => {
    if (!(error instanceof Unanswered)) throw error;
    return notebook.broken({
      kind: 'channel-unavailable',
      customerImpact: `${target.name}'s unsubscribe address did not answer: ${error.reason}`,
      expected: 'The one-click POST is answered (RFC 8058)',
      observed: `POST ${uri}: ${error.reason}`,
    });
  });
  const exchange = await notebook.evidence(
    'one-click unsubscribe request',
    `POST ${uri}\ncontent-type: application/x-www-form-urlencoded\n\nList-Unsubscribe=One-Click\n\n` +
      `→ ${response.status}${response.location ? ` location: ${response.location}` : ''} in ${response.durationMs} ms\n${response.bodyExcerpt}`,
    'text/plain',
  );
  if (response.status >= 200 && response.status < 300) return unsubscribedAt;
  const observed = response.location
    ? `The unsubscribe address answered ${response.status} and sent me to ${response.location}`
    : `The unsubscribe address answered ${response.status}`;
  return notebook.broken({
    kind: 'unsubscribe-broken',
    customerImpact: `Unsubscribing from ${target.name} in one click fails`,
    expected: 'The one-click POST is answered 2xx without a redirect (RFC 8058)',
    observed,
    evidence: [exchange],
  });
}

function acceptableScheme(uri: string, target: AuditTarget): boolean {
  if (uri.startsWith('https:')) return true;
  return uri.startsWith('http:') && target.allowHttpOnLoopback && isLoopback(uri);
}
