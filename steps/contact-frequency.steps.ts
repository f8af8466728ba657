import { Given, Then, When } from './fixtures.ts';

Given("I have bought one of the shop's products", async ({ contacts }) => {
  await contacts.buyProduct();
});

Given('I have agreed to offers by email and by text', async ({ contacts }) => {
  await contacts.agreeToOffers();
});

When('I count the offers that reach me by email and by text for a week', async ({ contacts }) => {
  await contacts.countContacts();
});

Then('I am contacted no more often than the shop promises', async ({ contacts }) => {
  await contacts.expectWithinCap();
});

Then('no offer is for a product I already hold', async ({ contacts }) => {
  await contacts.expectNoOfferForHeldProduct();
});

Given('I have signed up for offers by email and by text', async ({ contacts }) => {
  await contacts.signUpForOffers();
});

Given('I have received an offer by text', async ({ contacts }) => {
  await contacts.receiveOfferByText();
});

When('I turn off offers by text in my account', async ({ contacts }) => {
  await contacts.optOutOfTexts();
});

Then('I receive no more offers by text after the grace period', async ({ contacts }) => {
  await contacts.expectNoTextsAfterOptOut();
});
