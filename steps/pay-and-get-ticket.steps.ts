import { Given, Then, When } from './fixtures.ts';

/** @channel web */
Given('I have an account to book flights with', async ({ ticketPurchase }) => {
  await ticketPurchase.openAccount();
});

/** @channel web */
Given('I have chosen a flight and seen its total at checkout', async ({ ticketPurchase }) => {
  await ticketPurchase.chooseFlight();
});

/** @channel web */
When('I pay for the flight with my card', async ({ ticketPurchase }) => {
  await ticketPurchase.payWithCard();
});

/** @channel web */
When('if the payment fails, I try once more, as any customer would', async ({ ticketPurchase }) => {
  await ticketPurchase.retryIfPaymentFailed();
});

/** @channel api */
Then('I am charged exactly once, the amount I was shown', async ({ ticketPurchase }) => {
  await ticketPurchase.expectChargedOnceAsShown();
});

/** @channel web, api */
Then('the payment page, my order list and customer support agree with what I was charged', async ({ ticketPurchase }) => {
  await ticketPurchase.expectShopAgreesWithLedger();
});

/** @channel email */
Then('my ticket arrives by email', async ({ ticketPurchase }) => {
  await ticketPurchase.expectTicketByEmail();
});
