import { Given, Then } from './fixtures.ts';

/** @channel web */
Given('I have ordered something with home delivery', async ({ trackDelivery }) => {
  await trackDelivery.orderWithHomeDelivery();
});

/** @channel web */
Then('the tracking page tells me in plain words when my parcel arrives', async ({ trackDelivery }) => {
  await trackDelivery.expectClearTracking();
});

/** @channel email, sms */
Then('I am told before the courier comes when it comes and where else I could collect it', async ({ trackDelivery }) => {
  await trackDelivery.expectAdvanceNotice();
});
