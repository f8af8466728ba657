import { Given, Then, When } from './fixtures.ts';

/** @channel web */
Given('I have subscribed to the newsletter', async ({ unsubscribe }) => {
  await unsubscribe.subscribeToNewsletter();
});

/** @channel email */
Given('I have received a marketing email', async ({ unsubscribe }) => {
  await unsubscribe.receiveMarketingEmail();
});

/** @channel email */
Then('the email offers a one-click unsubscribe', async ({ unsubscribe }) => {
  await unsubscribe.expectOneClickOffer();
});

/** @channel email */
When('I unsubscribe with one click', async ({ unsubscribe }) => {
  await unsubscribe.unsubscribeWithOneClick();
});

/** @channel email */
Then('the email has a visible unsubscribe link', async ({ unsubscribe }) => {
  await unsubscribe.expectVisibleUnsubscribeLink();
});

/** @channel web */
When('I follow the unsubscribe link at the bottom of the email', async ({ unsubscribe }) => {
  await unsubscribe.followUnsubscribeLink();
});

/** @channel email */
When('I email the unsubscribe address the email offers', async ({ unsubscribe }) => {
  await unsubscribe.sendUnsubscribeEmail();
});

/** @channel email */
Then('my unsubscribe email is not bounced back', async ({ unsubscribe }) => {
  await unsubscribe.expectUnsubscribeEmailNotBounced();
});

/** @channel email */
Then('I receive no more marketing email after the grace period', async ({ unsubscribe }) => {
  await unsubscribe.expectNoMarketingAfterGracePeriod();
});
