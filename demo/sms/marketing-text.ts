import type { Offer } from '../marketing-offers.ts';
import { SMS_SENDER } from '../shop-identity.ts';

/** A marketing text to a customer's mobile, saying where to stop such texts (a one-way sender cannot take STOP replies). */
export function composeMarketingText(mobile: string, webUrl: string, offer: Offer): { from: string; to: string; body: string } {
  return {
    from: SMS_SENDER,
    to: mobile,
    body: `${SMS_SENDER}: ${offer.text} Shop: ${webUrl}/ No more texts: ${webUrl}/account`,
  };
}
