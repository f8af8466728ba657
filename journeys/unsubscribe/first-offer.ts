import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { formatDuration } from '../../src/config/duration.ts';
import { declaredAutomatic } from '../../src/mail/auto-reply.ts';
import { isDeliveryReport } from '../../src/mail/delivery-report.ts';
import { marketingSignal } from '../../src/mail/marketing-email.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { confirmByMail, isConfirmationRequest } from './confirmation-request.ts';

/** The first offer after signing up, and how it was told from the company's other mail. */
export interface FirstOffer {
  email: ReceivedEmail;
  /** Set when no header marked the offer as marketing: its sender's further mail counts too. */
  unmarkedSender?: string;
}

/**
 * Waits for the first marketing email after signing up. A sign-up that must be confirmed first
 * (double opt-in) is confirmed as a customer would, once, when its request arrives. Where no
 * header marks any mail as marketing, the last mail to the fresh address that is neither automatic
 * nor a delivery report is the newsletter: only the sign-up knows that address.
 */
export async function awaitFirstOffer(parts: JourneyParts, subscribedAt: Date): Promise<FirstOffer> {
  const { mailbox, shopper, target, notebook } = parts;
  const deadline = subscribedAt.getTime() + target.timing.marketingEmailWait;
  const receivedAfter = new Date(subscribedAt.getTime() - 1);
  let confirmation: ReceivedEmail | undefined;
  for (;;) {
    const email = await mailbox.waitFor(
      { to: shopper.email, receivedAfter, where: (mail) => marketingSignal(mail, target.mail) !== undefined || (!confirmation && isConfirmationRequest(mail, target)) },
      Math.max(0, deadline - Date.now()),
    );
    if (!email) break;
    const signal = marketingSignal(email, target.mail);
    if (signal) {
      await notebook.keepEmail(`marketing email (judged so by ${signal})`, email);
      return { email };
    }
    confirmation = email;
    await confirmByMail(email, 'my newsletter sign-up', parts);
  }
  const unmarked = (await mailbox.list({ to: shopper.email, receivedAfter })).filter(
    (mail) => mail.id !== confirmation?.id && !declaredAutomatic(mail) && !isDeliveryReport(mail) && !isConfirmationRequest(mail, target),
  );
  const last = unmarked.at(-1);
  if (last) {
    await notebook.keepEmail(`marketing email (no header marks it; the only mail to the address I signed up with, from ${last.from})`, last);
    return { email: last, unmarkedSender: last.from };
  }
  throw new Error(`No marketing email reached ${shopper.email} within ${formatDuration(target.timing.marketingEmailWait)} of subscribing`);
}
