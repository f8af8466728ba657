import { randomUUID } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import { escapeHtml } from '../../html.ts';
import { MAIL_DOMAIN, SHOP_NAME } from '../../shop-identity.ts';
import { PROGRAMME_NAME } from './car-rental-desk.ts';
import type { CarClass } from './fleet.ts';
import { formatEuros } from './pricing.ts';
import { formatDay, type RentalPeriod } from './rental-period.ts';

export const CAR_RENTAL_SENDER = `${SHOP_NAME} Car Rental <cars@${MAIL_DOMAIN}>`;
const VALID_DAYS = 7;

/** An offer for one car and period, as the desk emails it. */
export interface RentalOffer {
  reference: string;
  car: CarClass;
  period: RentalPeriod;
  /** Euro cents for the whole rental. */
  total: number;
  /** The loyalty card the offer's price is for, if any. */
  card?: string;
  /** Where the customer books it. */
  bookingUrl: string;
}

/** The offer email: plain text and HTML, each with the car, the dates and the total price. */
export function composeOfferMail(offer: RentalOffer, to: string): SendMailOptions {
  const subject = `Your car rental offer ${offer.reference}: ${offer.car.name}, ${formatDay(offer.period.pickUp)} to ${formatDay(offer.period.dropOff)}`;
  const rows = offerRows(offer);
  return {
    from: CAR_RENTAL_SENDER,
    to,
    subject,
    date: new Date(),
    messageId: `<${randomUUID()}@${MAIL_DOMAIN}>`,
    text: [
      'Hello,',
      '',
      'Here is the car rental offer you asked for on our website.',
      '',
      ...rows.map(([label, value]) => `${label}: ${value}`),
      '',
      `Book it on our website: ${offer.bookingUrl}`,
      `This offer is valid for ${VALID_DAYS} days.`,
      '',
      `${SHOP_NAME} Car Rental`,
    ].join('\n'),
    html: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; color: #222; max-width: 560px; margin: 0 auto;">
  <h1 style="color: #1d6b52;">${escapeHtml(SHOP_NAME)} Car Rental</h1>
  <p>Here is the car rental offer you asked for on our website.</p>
  <table>
${rows.map(([label, value]) => `    <tr><th style="text-align: left;">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('\n')}
  </table>
  <p><a href="${escapeHtml(offer.bookingUrl)}"
     style="background: #1d6b52; color: #fff; padding: 8px 16px; text-decoration: none;">Book this car</a></p>
  <p>This offer is valid for ${VALID_DAYS} days.</p>
</body>
</html>`,
  };
}

function offerRows(offer: RentalOffer): Array<[string, string]> {
  const { car, period } = offer;
  const rows: Array<[string, string]> = [
    ['Offer', offer.reference],
    ['Car', `${car.name} (${car.example})`],
    ['Pick-up', formatDay(period.pickUp)],
    ['Return', `${formatDay(period.dropOff)} (${period.days} ${period.days === 1 ? 'day' : 'days'})`],
    ['List price per day', formatEuros(car.dailyRate, 'code')],
    ['Total price', formatEuros(offer.total, 'code')],
  ];
  if (offer.card !== undefined) rows.push(['Price', `${PROGRAMME_NAME} member price, card ending ${offer.card.slice(-4)}`]);
  return rows;
}
