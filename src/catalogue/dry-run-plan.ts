import type { MailboxSettings } from '../channels/channel-settings.ts';
import { readTwilioPhoneSettings } from '../channels/phone/phone-settings.ts';
import type { Persona, TargetConfig } from '../config/schema.ts';
import { maskedCard } from '../config/test-cards.ts';
import { formatMoney } from '../money/format-money.ts';
import { allowedOriginsOf } from '../runtime/audit-target.ts';
import { targetRate } from '../safety/rate-limiter.ts';
import { watchKindsOf } from '../watches/judge-registry.ts';
import type { JourneyEntry } from './journey-catalogue.ts';

export interface DryRunInput {
  targetId: string;
  target: TargetConfig;
  persona: Persona;
  mailbox: MailboxSettings;
  /** The selected journeys, each with only its selected scenarios. */
  journeys: JourneyEntry[];
}

/**
 * What a run would do, in the customer's words, and whom it would reach: for a CIO approving a
 * run against production. Made from the feature files and the config alone.
 */
export function dryRunPlan({ targetId, target, persona, mailbox, journeys }: DryRunInput): string[] {
  const lines = [
    'Dry run: nothing is started, opened, paid or sent.',
    '',
    `Target: ${target.name} (${targetId})`,
    `  would visit: ${originsText(target)}`,
    `  pace: ${paceText(target)}`,
    '',
  ];
  for (const journey of journeys) {
    const meta = [journey.owner && `owner ${journey.owner}`, journey.severity && `severity ${journey.severity}`].filter(Boolean).join(', ');
    lines.push(`${journey.id} — ${journey.name}${meta ? ` (${meta})` : ''}`);
    for (const scenario of journey.scenarios) {
      lines.push(`  Scenario: ${scenario.name}`, ...scenario.steps.map((step) => `    ${step}`));
    }
    if (journey.pays) lines.push(`  pays: ${paymentText(targetId, target)}`, '  never retried automatically: a retry would place a new order and pay again');
    if (journey.channels.includes('email')) lines.push(`  reads email: ${mailboxText(persona, mailbox)}`);
    if (journey.channels.includes('sms')) lines.push(`  reads texts: ${textsText(persona, mailbox)}`);
    if (journey.channels.includes('phone')) lines.push(`  takes calls: ${callsText(persona)}`);
    const watches = watchKindsOf(journey.id);
    if (watches.length > 0) lines.push(`  may leave watches for a later run: ${watches.join(', ')}`);
    lines.push('');
  }
  if (journeys.length === 0) lines.push('No journey matches the selection.');
  const readsMail = journeys.some((journey) => journey.channels.includes('email'));
  if (readsMail && mailbox.kind === 'local' && !target.demo) lines.push(...LOCAL_MAILBOX_WARNING);
  const scenarios = journeys.reduce((count, journey) => count + journey.scenarios.length, 0);
  lines.push(`${journeys.length} ${journeys.length === 1 ? 'journey' : 'journeys'}, ${scenarios} ${scenarios === 1 ? 'scenario' : 'scenarios'} would run.`);
  return lines;
}

/** The local mailbox lives on this machine: a real company's mail never reaches it. */
const LOCAL_MAILBOX_WARNING = [
  'WARNING: these journeys would read the local mailbox, which only the built-in demo company can',
  '  reach: a real company\'s email would never arrive, and every journey that waits for mail would',
  '  fail. Set MYSTERY_SHOPPER_MAILBOX=imap (or mailosaur) in .env: docs/real-mailboxes.md.',
  '',
];

function originsText(target: TargetConfig): string {
  if (target.demo) {
    const extra = target.allowedOrigins.length ? `, and ${target.allowedOrigins.join(', ')}` : '';
    return `the built-in demo company's website and payment ledger (127.0.0.1, ports chosen when it starts)${extra}`;
  }
  const origins = allowedOriginsOf(target, target.webUrl);
  return origins.length ? `${origins.join(', ')}; anything else is blocked and reported` : 'no origin (targets.<id>.webUrl is not set)';
}

function paceText(target: TargetConfig): string {
  const rate = targetRate(target);
  if (!rate) return 'unpaced (the demo company)';
  return `at most ${rate.requestsPerSecond} page or API request(s) per second for the whole run, shared among its parallel workers`;
}

function paymentText(targetId: string, target: TargetConfig): string {
  const { payment } = target;
  if (!payment) return `no card configured (targets.${targetId}.payment): the journey would stop at the payment`;
  if (!payment.allowRealPayments) return `with ${maskedCard(payment.card.number)}, a published test card: no real money`;
  return `REAL MONEY with ${maskedCard(payment.card.number)}, at most ${payment.spendCap ? formatMoney(payment.spendCap) : '(no spendCap set)'} in all for the run`;
}

function mailboxText(persona: Persona, mailbox: MailboxSettings): string {
  const fresh = 'a fresh address per scenario';
  switch (mailbox.kind) {
    case 'local':
      return `the local mailbox of ${persona.email} (${fresh}, kept in the data folder)`;
    case 'imap':
      return `${persona.email} over IMAP at ${mailbox.imap.host} (${fresh}: ${persona.email.replace('@', '+<tag>@')})`;
    case 'mailosaur':
      return `Mailosaur server ${mailbox.mailosaur.serverId} (${fresh})`;
  }
}

function callsText(persona: Persona): string {
  const twilio = readTwilioPhoneSettings();
  if (twilio) return `Twilio number ${twilio.phoneNumber}, its voice webhook at ${twilio.publicUrl}/voice`;
  return `the local phone network for ${persona.phone ?? 'the persona'} (a fresh number per scenario)`;
}

function textsText(persona: Persona, mailbox: MailboxSettings): string {
  if (mailbox.kind === 'mailosaur' && mailbox.phoneNumber) return `Mailosaur number ${mailbox.phoneNumber}`;
  return `the local phone network for ${persona.phone ?? 'the persona'} (a fresh number per scenario)`;
}
