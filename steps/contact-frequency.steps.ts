import { Given, Then, When } from './fixtures.ts';

/** @channel web */
Given("I have bought one of the shop's products", async ({ contactFrequency }) => {
  await contactFrequency.buyProduct();
});

/** @channel web */
Given('I have agreed to offers by email, by text and by phone', async ({ contactFrequency }) => {
  await contactFrequency.agreeToOffers();
});

/** @channel email, sms, phone */
When('I count the offers that reach me by email, by text and by phone for a week', async ({ contactFrequency }) => {
  await contactFrequency.countContacts();
});

/** @channel email, sms, phone */
Then('I am contacted no more often than the shop promises', async ({ contactFrequency }) => {
  await contactFrequency.expectWithinCap();
});

/** @channel email, sms, phone */
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

/** @channel web */
Given('I have signed up for offers by phone', async ({ contactFrequency }) => {
  await contactFrequency.signUpForCalls();
});

/** @channel phone */
Given('a sales call has reached me', async ({ contactFrequency }) => {
  await contactFrequency.receiveSalesCall();
});

/** @channel phone */
When('I answer the next sales call asking not to be called again', async ({ contactFrequency }) => {
  await contactFrequency.askNotToBeCalledOnThePhone();
});

/** @channel web */
When('I turn off sales calls in my account', async ({ contactFrequency }) => {
  await contactFrequency.optOutOfCalls();
});

/** @channel phone */
Then('no more sales calls reach me after the grace period', async ({ contactFrequency }) => {
  await contactFrequency.expectNoCallsAfterOptOut();
});
