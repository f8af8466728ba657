import { Given, Then, When } from './fixtures.ts';

Given('I have subscribed to the newsletter', async ({ unsubscribe }) => {
  await unsubscribe.subscribeToNewsletter();
});

Given('I have received a marketing email', async ({ unsubscribe }) => {
  await unsubscribe.receiveMarketingEmail();
});

Then('the email offers a one-click unsubscribe', async ({ unsubscribe }) => {
  await unsubscribe.expectOneClickOffer();
});

When('I unsubscribe with one click', async ({ unsubscribe }) => {
  await unsubscribe.unsubscribeWithOneClick();
});

Then('the email has a visible unsubscribe link', async ({ unsubscribe }) => {
  await unsubscribe.expectVisibleUnsubscribeLink();
});

When('I follow the unsubscribe link at the bottom of the email', async ({ unsubscribe }) => {
  await unsubscribe.followUnsubscribeLink();
});

When('I email the unsubscribe address the email offers', async ({ unsubscribe }) => {
  await unsubscribe.sendUnsubscribeEmail();
});

Then('my unsubscribe email is not bounced back', async ({ unsubscribe }) => {
  await unsubscribe.expectUnsubscribeEmailNotBounced();
});

Then('I receive no more marketing email after the grace period', async ({ unsubscribe }) => {
  await unsubscribe.expectNoMarketingAfterGracePeriod();
});
