import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { dateAfter, datesInText } from '../../src/text/calendar-dates.ts';

/** The renewal date a text gives: the date after "renew…", or its only date. */
export function renewalDateIn(text: string): Date | undefined {
  const dates = datesInText(text);
  return dateAfter(text, /renew/i)?.date ?? (dates.length === 1 ? dates[0]!.date : undefined);
}

/** Support's answer grants the six-month extension. */
export function grantsSixMonthExtension(answer: string): boolean {
  return EXTENSION.test(answer) && /\b(six|6)[ -]months?\b/i.test(answer) && !/\b(cannot|can't|unable|not possible)\b/i.test(answer);
}

/** An email that confirms an extension of the membership. */
export function isExtensionConfirmation(email: ReceivedEmail): boolean {
  return EXTENSION.test(`${email.subject}\n${email.text ?? ''}`);
}

/** An email about the renewal that is not the extension's confirmation. */
export function isRenewalNotice(confirmation: ReceivedEmail | undefined): (email: ReceivedEmail) => boolean {
  return (email) => email.id !== confirmation?.id && /\brenew/i.test(email.subject) && !EXTENSION.test(email.subject);
}

const EXTENSION = /\bextend|\bextension/i;
