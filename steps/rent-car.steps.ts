import { Given, Then, When } from './fixtures.ts';

Given('I am a member of the loyalty programme', async ({ rentCar }) => {
  await rentCar.becomeMember();
});

When('I look for a(n) {word} car for {int} days starting {int} weeks from today without signing in', async ({ rentCar }, carClass: string, days: number, weeks: number) => {
  await rentCar.searchWithoutSigningIn(carClass, days, weeks);
});

When('I look for the same car signed in with my loyalty card', async ({ rentCar }) => {
  await rentCar.searchWithLoyaltyCard();
});

Then('my loyalty price is not above the public price', async ({ rentCar }) => {
  await rentCar.expectLoyaltyPriceNotAbovePublic();
});

When('I ask for the offer by email', async ({ rentCar }) => {
  await rentCar.askForOfferByEmail();
});

Then('the emailed offer quotes the price I was shown', async ({ rentCar }) => {
  await rentCar.expectEmailedOfferQuotesShownPrice();
});
