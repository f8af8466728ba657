import { Given, Then, When } from './fixtures.ts';

/** @channel web */
Given('I am a member of the loyalty programme', async ({ rentCar }) => {
  await rentCar.becomeMember();
});

/** @channel web */
When('I look for a(n) {word} car for {int} days starting {int} weeks from today without signing in', async ({ rentCar }, carClass: string, days: number, weeks: number) => {
  await rentCar.searchWithoutSigningIn(carClass, days, weeks);
});

/** @channel web */
When('I look for the same car signed in with my loyalty card', async ({ rentCar }) => {
  await rentCar.searchWithLoyaltyCard();
});

/** @channel web */
Then('my loyalty price is not above the public price', async ({ rentCar }) => {
  await rentCar.expectLoyaltyPriceNotAbovePublic();
});

/** @channel web */
When('I ask for the offer by email', async ({ rentCar }) => {
  await rentCar.askForOfferByEmail();
});

/** @channel email */
Then('the emailed offer quotes the price I was shown', async ({ rentCar }) => {
  await rentCar.expectEmailedOfferQuotesShownPrice();
});
