import { Given, Then, When } from './fixtures.ts';

Given('I am a member', async ({ promise }) => {
  await promise.becomeMember();
});

When('support grants me a six-month extension in the chat', async ({ promise }) => {
  await promise.getExtensionFromSupport();
});

Then('support confirms the extension by email', async ({ promise }) => {
  await promise.expectConfirmationByEmail();
});

Then('my account shows the extended renewal date', async ({ promise }) => {
  await promise.expectAccountShowsExtension();
});

Then('the renewal notice shows the extended renewal date', async ({ promise }) => {
  await promise.expectRenewalNoticeShowsExtension();
});
