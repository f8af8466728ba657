import { Given, Then, When } from './fixtures.ts';

/** @channel web */
Given("I have bought one of the shop's products", async ({ contacts }) => {
  await contacts.buyProduct();
});

/** @channel web */
Given('I have agreed to offers by email and by text', async ({ contacts }) => {
  await contacts.agreeToOffers();
});

/** @channel email, sms */
When('I count the offers that reach me by email and by text for a week', async ({ contacts }) => {
  await contacts.countContacts();
});

/** @channel email, sms */
Then('I am contacted no more often than the shop promises', async ({ contacts }) => {
  await contacts.expectWithinCap();
});

/** @channel email, sms */
Then('no offer is for a product I already hold', async ({ contacts }) => {
  await contacts.expectNoOfferForHeldProduct();
});

/** @channel web */
Given('I have signed up for offers by email and by text', async ({ contacts }) => {
  await contacts.signUpForOffers();
});

/** @channel sms */
Given('I have received an offer by text', async ({ contacts }) => {
  await contacts.receiveOfferByText();
});

/** @channel web */
When('I turn off offers by text in my account', async ({ contacts }) => {
  await contacts.optOutOfTexts();
});

/** @channel sms */
Then('I receive no more offers by text after the grace period', async ({ contacts }) => {
  await contacts.expectNoTextsAfterOptOut();
});
