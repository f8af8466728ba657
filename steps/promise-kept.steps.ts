import { Given, Then, When } from './fixtures.ts';

/** @channel web */
Given('I am a member', async ({ promiseKept }) => {
  await promiseKept.becomeMember();
});

/** @channel web */
When('support grants me a six-month extension in the chat', async ({ promiseKept }) => {
  await promiseKept.getExtensionFromSupport();
});

/** @channel email */
Then('support confirms the extension by email', async ({ promiseKept }) => {
  await promiseKept.expectConfirmationByEmail();
});

/** @channel web */
Then('my account shows the extended renewal date', async ({ promiseKept }) => {
  await promiseKept.expectAccountShowsExtension();
});

/** @channel email */
Then('the renewal notice shows the extended renewal date', async ({ promiseKept }) => {
  await promiseKept.expectRenewalNoticeShowsExtension();
});
