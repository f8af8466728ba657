import { Given, Then, When } from './fixtures.ts';

/** @channel web */
Given('I have an account with the shop', async ({ payAndGetTicket }) => {
  await payAndGetTicket.openAccount();
});

/** @channel web */
Given('I have chosen what to buy and seen its total at checkout', async ({ payAndGetTicket }) => {
  await payAndGetTicket.choosePurchase();
});

/** @channel web */
When('I pay with my card', async ({ payAndGetTicket }) => {
  await payAndGetTicket.payWithCard();
});

/** @channel web */
When('if the payment fails, I try once more, as any customer would', async ({ payAndGetTicket }) => {
  await payAndGetTicket.retryIfPaymentFailed();
});

/** @channel api */
Then('I am charged exactly once, the amount I was shown', async ({ payAndGetTicket }) => {
  await payAndGetTicket.expectChargedOnceAsShown();
});

/** @channel web, api */
Then('the payment page, my order list and customer support agree with what I was charged', async ({ payAndGetTicket }) => {
  await payAndGetTicket.expectShopAgreesWithLedger();
});

/** @channel email */
Then('my ticket or order confirmation arrives by email', async ({ payAndGetTicket }) => {
  await payAndGetTicket.expectProofByEmail();
});
