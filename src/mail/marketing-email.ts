// Tells a company's marketing (newsletters, offers) from its notices (subscription confirmations,
// welcome mails, list-manager command results, receipts) and from delivery reports. List managers
// put List-Unsubscribe on every notice too, so no single header decides:
// - a delivery report (RFC 3464) or a message declared automatic (RFC 3834 Auto-Submitted, and the
//   older X-Autoreply headers) is a notice;
// - otherwise mail sent to a list of people says so: List-Unsubscribe, List-Id (RFC 2919) or
//   Precedence: bulk/list;
// - where a company's mail says none of this, the target names its marketing senders.
import { firstHeader, type ReceivedEmail } from './received-email.ts';
import type { MailRules } from '../config/schema.ts';
import { declaredAutomatic } from './auto-reply.ts';
import { isDeliveryReport } from './delivery-report.ts';

/** Why the email counts as marketing ("List-Id", "from offers@example.com, a marketing sender"), or undefined. */
export function marketingSignal(email: ReceivedEmail, rules: Partial<MailRules> = {}): string | undefined {
  if (isDeliveryReport(email)) return undefined;
  const senders = rules.marketingSenders ?? [];
  if (senders.length > 0) return senders.some((sender) => sentBy(email, sender)) ? `from ${email.from}, a marketing sender of this company` : undefined;
  if (declaredAutomatic(email)) return undefined;
  if (firstHeader(email, 'list-unsubscribe') !== undefined) return 'List-Unsubscribe';
  if (firstHeader(email, 'list-id') !== undefined) return 'List-Id';
  const precedence = firstHeader(email, 'precedence')?.trim().toLowerCase();
  if (precedence === 'bulk' || precedence === 'list') return `Precedence: ${precedence}`;
  return undefined;
}

export function isMarketingEmail(email: ReceivedEmail, rules: Partial<MailRules> = {}): boolean {
  return marketingSignal(email, rules) !== undefined;
}

/** The test a mailbox search takes, for a target's rules. */
export function marketingOf(rules: Partial<MailRules>): (email: ReceivedEmail) => boolean {
  return (email) => isMarketingEmail(email, rules);
}

/** "offers@example.com" names one address; "@example.com" every address of the domain. */
function sentBy(email: ReceivedEmail, sender: string): boolean {
  const from = email.from.toLowerCase();
  const wanted = sender.toLowerCase();
  return wanted.startsWith('@') ? from.endsWith(wanted) : from === wanted;
}
