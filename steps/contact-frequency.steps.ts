import { Given, Then, When } from './fixtures.ts';

/** @channel web */
Given("I have bought one of the shop's products", async ({ contactFrequency }) => {
  await contactFrequency.buyProduct();
});

/** @channel web */
Given('I have agreed to offers by email and by text', async ({ contactFrequency }) => {
  await contactFrequency.agreeToOffers();
});

/** @channel email, sms */
When('I count the offers that reach me by email and by text for a week', async ({ contactFrequency }) => {
  await contactFrequency.countContacts();
});

/** @channel email, sms */
Then('I am contacted no more often than the shop promises', async ({ contactFrequency }) => {
  await contactFrequency.expectWithinCap();
});

/** @channel email, sms */
Then('no offer is for a product I already hold', async ({ contactFrequency }) => {
  await contactFrequency.expectNoOfferForHeldProduct();
});

/** @channel web */
Given('I have signed up for offers by email and by text', async ({ contactFrequency }) => {
  await contactFrequency.signUpForOffers();
});

/** @channel sms */
Given('I have received an offer by text', async ({ contactFrequency }) => {
  await contactFrequency.receiveOfferByText();
});

/** @channel web */
When('I turn off offers by text in my account', async ({ contactFrequency }) => {
  await contactFrequency.optOutOfTexts();
});

/** @channel sms */
Then('I receive no more offers by text after the grace period', async ({ contactFrequency }) => {
  await contactFrequency.expectNoTextsAfterOptOut();
});
