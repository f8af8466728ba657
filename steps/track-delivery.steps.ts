import { Given, Then } from './fixtures.ts';

/** @channel web */
Given('I have ordered something with home delivery', async ({ delivery }) => {
  await delivery.orderWithHomeDelivery();
});

/** @channel web */
Then('the tracking page tells me in plain words when my parcel arrives', async ({ delivery }) => {
  await delivery.expectClearTracking();
});

/** @channel email, sms */
Then('I am told before the courier comes when it comes and where else I could collect it', async ({ delivery }) => {
  await delivery.expectAdvanceNotice();
});
