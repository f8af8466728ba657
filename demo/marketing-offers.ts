import type { Customer } from './customers.ts';

/** One offer of the marketing programme, worded for email and for a text message. */
export interface Offer {
  id: string;
  /** The product the offer sells, when it sells one. */
  productId?: string;
  headline: string;
  pitch: string;
  /** The offer in a text message: one short sentence. */
  text: string;
}

export const WELCOME_OFFER: Offer = {
  id: 'welcome',
  headline: '10% off your first order',
  pitch: 'Thanks for joining us. Use the code WELCOME10 at checkout for 10% off your first order.',
  text: 'Welcome! Use the code WELCOME10 for 10% off your first order.',
};

const OFFERS: readonly Offer[] = [
  {
    id: 'rain-jackets',
    productId: 'rain-jacket',
    headline: '20% off rain jackets',
    pitch: 'Stay dry this week: every rain jacket is 20% off.',
    text: 'Every rain jacket is 20% off this week.',
  },
  {
    id: 'travel-insurance',
    productId: 'travel-insurance',
    headline: 'Travel insurance from €39 a year',
    pitch: 'Going away? Our Travel insurance covers every trip, lost luggage included, from €39 a year.',
    text: 'Travel insurance from €39 a year: every trip covered.',
  },
  {
    id: 'walking-boots',
    productId: 'walking-boots',
    headline: 'walking boots from €59',
    pitch: 'Our best-selling walking boots now start at €59.',
    text: 'Walking boots from €59 this week.',
  },
  {
    id: 'bike-insurance',
    productId: 'bike-insurance',
    headline: 'Bike insurance policy from €5 a month',
    pitch: 'Theft and damage, at home and on the road: our Bike insurance policy costs €5 a month.',
    text: 'Bike insurance policy from €5 a month.',
  },
  {
    id: 'wool-socks',
    productId: 'wool-socks',
    headline: 'three pairs of wool socks for the price of two',
    pitch: 'Warm feet, small price: take three pairs, pay for two.',
    text: 'Wool socks: take three pairs, pay for two.',
  },
  {
    id: 'backpacks',
    productId: 'day-backpack',
    headline: 'free shipping on every backpack',
    pitch: 'Every backpack ships free until Sunday.',
    text: 'Free shipping on every backpack until Sunday.',
  },
];

/** The programme's offer for the product. */
export function offerForProduct(productId: string): Offer {
  const offer = OFFERS.find((each) => each.productId === productId);
  if (!offer) throw new Error(`No offer sells the product "${productId}"`);
  return offer;
}

/**
 * The sequence-th contact's offer (1 = the welcome offer), taking turns through the programme.
 * `skipHeld`: leave out offers for products the customer already holds, as the company promises.
 */
export function offerFor(customer: Customer, sequence: number, options: { skipHeld: boolean }): Offer {
  if (sequence === 1) return WELCOME_OFFER;
  const eligible = options.skipHeld ? OFFERS.filter((offer) => !offer.productId || !customer.holdings.has(offer.productId)) : OFFERS;
  return eligible[(sequence - 2) % eligible.length]!;
}
