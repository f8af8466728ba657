import { defineStep } from '@cucumber/cucumber';
import type { PayAndGetTicketJourney } from '../../journeys/pay-and-get-ticket/pay-and-get-ticket-journey.ts';
import type { UnsubscribeJourney } from '../../journeys/unsubscribe/unsubscribe-journey.ts';
import type { PeerWorld } from './peer-world.ts';

/** The phrases of features/unsubscribe.feature and pay-and-get-ticket.feature, to the same journey actions as steps/. */
const UNSUBSCRIBE: Record<string, (journey: UnsubscribeJourney) => Promise<unknown>> = {
  'I have subscribed to the newsletter': (journey) => journey.subscribeToNewsletter(),
  'I have received a marketing email': (journey) => journey.receiveMarketingEmail(),
  'the email offers a one-click unsubscribe': (journey) => journey.expectOneClickOffer(),
  'I unsubscribe with one click': (journey) => journey.unsubscribeWithOneClick(),
  'the email has a visible unsubscribe link': (journey) => journey.expectVisibleUnsubscribeLink(),
  'I follow the unsubscribe link at the bottom of the email': (journey) => journey.followUnsubscribeLink(),
  'I email the unsubscribe address the email offers': (journey) => journey.sendUnsubscribeEmail(),
  'my unsubscribe email is not bounced back': (journey) => journey.expectUnsubscribeEmailNotBounced(),
  'I receive no more marketing email after the grace period': (journey) => journey.expectNoMarketingAfterGracePeriod(),
};

const PAY_AND_GET_TICKET: Record<string, (journey: PayAndGetTicketJourney) => Promise<unknown>> = {
  'I have an account to book flights with': (journey) => journey.openAccount(),
  'I have chosen a flight and seen its total at checkout': (journey) => journey.chooseFlight(),
  'I pay for the flight with my card': (journey) => journey.payWithCard(),
  'if the payment fails, I try once more, as any customer would': (journey) => journey.retryIfPaymentFailed(),
  'I am charged exactly once, the amount I was shown': (journey) => journey.expectChargedOnceAsShown(),
  'the payment page, my order list and customer support agree with what I was charged': (journey) => journey.expectShopAgreesWithLedger(),
  'my ticket arrives by email': (journey) => journey.expectTicketByEmail(),
};

for (const [phrase, action] of Object.entries(UNSUBSCRIBE)) {
  defineStep(phrase, async function (this: PeerWorld) {
    await action(this.unsubscribe);
  });
}
for (const [phrase, action] of Object.entries(PAY_AND_GET_TICKET)) {
  defineStep(phrase, async function (this: PeerWorld) {
    await action(this.payAndGetTicket);
  });
}
