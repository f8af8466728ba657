import { expect, type Page } from '@playwright/test';
import { fillSecret } from '../../../src/channels/web/fill-secret.ts';
import { findMoney } from '../../../src/money/find-money.ts';
import type { Money } from '../../../src/money/money.ts';
import type { CarRentalPages } from '../../rent-car/car-rental-pages.ts';

export const carRental: CarRentalPages = {
  async ensureMember(page, webUrl, shopper) {
    await page.goto(new URL('/cars/loyalty', webUrl).href);
    await page.getByLabel('Email address').fill(shopper.email);
    await fillSecret(page.getByLabel('Password'), shopper.password);
    await page.getByRole('button', { name: 'Join Drive Club' }).click();
    const welcome = await page.getByText('Your loyalty card number').innerText();
    const number = /card number:?\s*(\d[\d ]{7,}\d)/.exec(welcome)?.[1]?.replaceAll(' ', '');
    if (!number) throw new Error('The Drive Club welcome page shows no loyalty card number');
    return { number, password: shopper.password };
  },

  async signInWithLoyaltyCard(page, webUrl, card) {
    await page.goto(new URL('/cars/loyalty/sign-in', webUrl).href);
    await page.getByLabel('Loyalty card number').fill(card.number);
    await fillSecret(page.getByLabel('Password'), card.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Car rental');
  },

  async search(page, webUrl, search) {
    await page.goto(new URL('/cars', webUrl).href);
    await page.getByLabel('Pick-up date').fill(search.pickUp);
    await page.getByLabel('Return date').fill(search.dropOff);
    const carClass = page.getByLabel('Car class');
    const classes = (await carClass.getByRole('option').allInnerTexts()).map((label) => label.trim());
    const car = classes.find((label) => label.toLowerCase() === search.carClass.toLowerCase());
    if (!car) throw new Error(`The car search offers no "${search.carClass}" class (it offers: ${classes.join(', ')})`);
    await carClass.selectOption({ label: car });
    await page.getByRole('button', { name: 'Search cars' }).click();
    const total = await result(page, car).getByText(/ for \d+ days?:/).innerText();
    return { car, total: onlyAmount(total) };
  },

  async askForOfferByEmail(page, offer) {
    await result(page, offer.car).getByRole('button', { name: 'Email me this offer' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your offer is on its way');
  },
};

function result(page: Page, car: string) {
  return page.getByRole('list', { name: 'Available cars' }).getByRole('listitem', { name: car, exact: true });
}

function onlyAmount(text: string): Money {
  const amounts = findMoney(text);
  if (amounts.length !== 1) throw new Error(`Expected one price in "${text}", found ${amounts.length}`);
  return amounts[0]!.money;
}
