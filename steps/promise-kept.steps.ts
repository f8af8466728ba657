import { Given, Then, When } from './fixtures.ts';

/** @channel web */
Given('I am a member', async ({ promise }) => {
  await promise.becomeMember();
});

/** @channel web */
When('support grants me a six-month extension in the chat', async ({ promise }) => {
  await promise.getExtensionFromSupport();
});

/** @channel email */
Then('support confirms the extension by email', async ({ promise }) => {
  await promise.expectConfirmationByEmail();
});

/** @channel web */
Then('my account shows the extended renewal date', async ({ promise }) => {
  await promise.expectAccountShowsExtension();
});

/** @channel email */
Then('the renewal notice shows the extended renewal date', async ({ promise }) => {
  await promise.expectRenewalNoticeShowsExtension();
});
