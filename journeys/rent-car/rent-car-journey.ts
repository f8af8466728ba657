import { websitePart, type JourneyParts } from '../journey-parts.ts';
import type { CarSearch, LoyaltyCard } from './car-rental-pages.ts';
import { checkLoyaltyPrice } from './loyalty-price-check.ts';
import { checkEmailedOffer } from './quote-check.ts';
import { rentalDates } from './rental-dates.ts';
import { searchAndLook, websiteOf, type SeenPrice } from './seen-price.ts';

/**
 * A loyalty-card holder renting a car: searches as anyone would, then with the card, and asks for
 * the offer by email. The member price must not be above the public price, and the emailed offer
 * must quote the price shown. Both checks record and go on, so that one fault never hides the other.
 */
export class RentCarJourney {
  private card: LoyaltyCard | undefined;
  private search: CarSearch | undefined;
  private publicPrice: SeenPrice | undefined;
  private memberPrice: SeenPrice | undefined;
  private askedAt: Date | undefined;

  constructor(readonly parts: JourneyParts) {}

  async becomeMember(): Promise<void> {
    const { page, shopper } = this.parts;
    this.card = await websitePart(this.parts, 'carRental').ensureMember(page, websiteOf(this.parts), shopper);
  }

  async searchWithoutSigningIn(carClass: string, days: number, weeksFromToday: number): Promise<void> {
    this.search = { carClass, ...rentalDates(days, weeksFromToday) };
    // As in a private window: no cookies, so nobody is signed in.
    await this.parts.page.context().clearCookies();
    this.publicPrice = await searchAndLook(this.parts, this.search, 'without signing in');
  }

  async searchWithLoyaltyCard(): Promise<void> {
    const { page } = this.parts;
    await websitePart(this.parts, 'carRental').signInWithLoyaltyCard(page, websiteOf(this.parts), this.loyaltyCard());
    this.memberPrice = await searchAndLook(this.parts, this.searched(), 'signed in with my loyalty card');
    const publicCar = this.shownToAnyone().offer.car;
    if (this.memberPrice.offer.car !== publicCar) {
      throw new Error(`The same search showed "${this.memberPrice.offer.car}" signed in, but "${publicCar}" without signing in`);
    }
  }

  async expectLoyaltyPriceNotAbovePublic(): Promise<void> {
    await checkLoyaltyPrice(this.searched(), this.shownToAnyone(), this.shownToMember(), this.loyaltyCard(), this.parts.notebook);
  }

  async askForOfferByEmail(): Promise<void> {
    this.askedAt = new Date();
    await websitePart(this.parts, 'carRental').askForOfferByEmail(this.parts.page, this.shownToMember().offer);
  }

  async expectEmailedOfferQuotesShownPrice(): Promise<void> {
    if (!this.askedAt) throw new Error('The shopper has not asked for the offer yet: a step must first ask for it');
    await checkEmailedOffer(this.parts, this.searched(), this.shownToMember(), this.askedAt);
  }

  private loyaltyCard(): LoyaltyCard {
    if (!this.card) throw new Error('The shopper has no loyalty card yet: a step must first make them a member');
    return this.card;
  }

  private searched(): CarSearch {
    if (!this.search) throw new Error('The shopper has not searched yet: a step must first search without signing in');
    return this.search;
  }

  private shownToAnyone(): SeenPrice {
    if (!this.publicPrice) throw new Error('No public price yet: a step must first search without signing in');
    return this.publicPrice;
  }

  private shownToMember(): SeenPrice {
    if (!this.memberPrice) throw new Error('No loyalty price yet: a step must first search signed in with the loyalty card');
    return this.memberPrice;
  }
}
