import { formatDuration } from '../../src/config/duration.ts';
import { checkOrWatch } from '../../src/findings/check-or-watch.ts';
import { websitePart, type JourneyParts } from '../journey-parts.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { awaitFirstOffer, type FirstOffer } from './first-offer.ts';
import { checkOneClickOffer, unsubscribeWithOneClick } from './one-click.ts';
import { followFooterLink, findFooterLink } from './footer-link.ts';
import { sendUnsubscribeEmail, awaitUnsubscribeReply } from './unsubscribe-by-email.ts';
import { marketingAfterGracePeriod, optOutIgnored } from './opt-out-ignored.ts';
import { optOutDetails } from './opt-out-watch.ts';

/**
 * A customer who no longer wants offers: subscribed, receives a marketing email, unsubscribes the
 * way the email offers, and expects the offers to stop within the grace period.
 */
export class UnsubscribeJourney {
  private subscribedAt = new Date();
  private offer: FirstOffer | undefined;
  private unsubscribedAt: Date | undefined;

  constructor(private readonly parts: JourneyParts) {}

  async subscribeToNewsletter(): Promise<void> {
    const { page, target, shopper } = this.parts;
    if (!target.webUrl) throw new Error(`targets.${target.id}.webUrl is not set; signing up needs the company's website`);
    this.subscribedAt = new Date();
    await websitePart(this.parts, 'newsletter').subscribe(page, target.webUrl, shopper);
  }

  async receiveMarketingEmail(): Promise<void> {
    this.offer = await awaitFirstOffer(this.parts, this.subscribedAt);
  }

  async expectOneClickOffer(): Promise<void> {
    await checkOneClickOffer(this.email(), this.parts);
  }

  async unsubscribeWithOneClick(): Promise<void> {
    this.unsubscribedAt = await unsubscribeWithOneClick(this.email(), this.parts);
  }

  async expectVisibleUnsubscribeLink(): Promise<void> {
    await findFooterLink(this.email(), this.parts);
  }

  async followUnsubscribeLink(): Promise<void> {
    this.unsubscribedAt = await followFooterLink(this.email(), this.parts);
  }

  async sendUnsubscribeEmail(): Promise<void> {
    this.unsubscribedAt = await sendUnsubscribeEmail(this.email(), this.parts);
  }

  async expectUnsubscribeEmailNotBounced(): Promise<void> {
    const { notebook, target } = this.parts;
    const reply = await awaitUnsubscribeReply(this.email(), this.unsubscribed(), this.parts);
    if (reply.confirmedAt) this.unsubscribedAt = reply.confirmedAt;
    if (!reply.bounce) return;
    const evidence = await notebook.keepEmail('bounce', reply.bounce.email);
    const recipient = reply.bounce.recipient;
    await notebook.broken({
      kind: 'unsubscribe-bounces',
      customerImpact: `My request to unsubscribe from ${target.name} bounced back: ${recipient.finalRecipient} refused it`,
      expected: `The unsubscribe address ${recipient.finalRecipient} accepts the request`,
      observed: `A delivery status notification came back: ${recipient.status} ${recipient.diagnosticCode ?? ''}`.trim(),
      evidence: [evidence],
    });
  }

  async expectNoMarketingAfterGracePeriod(): Promise<void> {
    const { mailbox, notebook, target, shopper } = this.parts;
    const unsubscribedAt = this.unsubscribed();
    const { unsubscribeGracePeriod, marketingObservation, maxWaitInRun } = target.timing;
    const graceEndsAt = new Date(unsubscribedAt.getTime() + unsubscribeGracePeriod);
    const { unmarkedSender } = this.offer!;
    const marketingSenders = target.mail.marketingSenders;
    const optOut = { companyName: target.name, address: shopper.email, unsubscribedAt, graceEndsAt, marketingSenders, unmarkedSender };

    await checkOrWatch(this.parts, {
      dueAt: new Date(graceEndsAt.getTime() + marketingObservation),
      maxWaitInRun,
      watch: { check: `no marketing email reaches ${shopper.email} after ${graceEndsAt.toISOString()}`, kind: 'opt-out-ignored', codec: optOutDetails, details: optOut },
      // Only the grace period passing tells, and it is the scenario's last check.
      onlyTimeTells: {},
      checkNow: async (remainingMs) => {
        // Returns as soon as an offending email arrives; otherwise at the end of the observation.
        const offending = await mailbox.waitFor(marketingAfterGracePeriod(optOut), remainingMs);
        if (!offending) return;
        const evidence = await notebook.keepEmail('marketing email after opt-out', offending);
        await notebook.broken({ ...optOutIgnored(optOut, offending), evidence: [evidence] });
      },
    });
  }

  private email(): ReceivedEmail {
    if (!this.offer) throw new Error('No marketing email yet: a step must first receive one');
    return this.offer.email;
  }

  private unsubscribed(): Date {
    if (!this.unsubscribedAt) throw new Error('The shopper has not unsubscribed yet: a step must first unsubscribe');
    return this.unsubscribedAt;
  }
}
