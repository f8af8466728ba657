import type { SendMailOptions } from 'nodemailer';
import { ADDRESS, LIST_ID } from '../identity.ts';
import type { Subscriber } from '../subscribers.ts';
import { asIs, newMessageId } from './message-id.ts';

// The newsletter's own notices (confirmation and welcome) and the campaign. The notices carry
// the list headers too, as mailing-list managers put them on everything the list sends.

export function confirmationRequest(subscriber: Subscriber, webUrl: string): SendMailOptions {
  const link = new URL(`/uutiskirje/vahvista?t=${subscriber.confirmToken}`, webUrl).href;
  return {
    ...notice(subscriber, webUrl),
    subject: 'Vahvista uutiskirjeen tilaus',
    text: `Hei!\n\nSaimme pyynnön tilata Kaupan uutiskirje osoitteeseen ${subscriber.address}.\nVahvista tilaus avaamalla linkki:\n\n${link}\n\nJos et tilannut uutiskirjettä, voit jättää tämän viestin huomiotta.\n\nKauppa Oy\n`,
    html: `<p>Hei!</p><p>Saimme pyynnön tilata Kaupan uutiskirje osoitteeseen ${escape(subscriber.address)}.</p><p><a href="${link}">Vahvista tilaus</a></p><p>Jos et tilannut uutiskirjettä, voit jättää tämän viestin huomiotta.</p><p>Kauppa Oy</p>`,
  };
}

export function welcome(subscriber: Subscriber, webUrl: string): SendMailOptions {
  return {
    ...notice(subscriber, webUrl),
    subject: 'Tervetuloa Kaupan uutiskirjeen tilaajaksi',
    text: 'Kiitos, tilauksesi on nyt voimassa. Saat Viikon tarjoukset sähköpostiisi.\n\nKauppa Oy\n',
    html: '<p>Kiitos, tilauksesi on nyt voimassa. Saat Viikon tarjoukset sähköpostiisi.</p><p>Kauppa Oy</p>',
  };
}

/** "Viikon tarjoukset": bulk list mail, not auto-generated (RFC 3834 is for automatic responses). */
export function campaign(subscriber: Subscriber, webUrl: string, withListUnsubscribe: boolean): SendMailOptions {
  const optOut = new URL(`/peru?t=${subscriber.listToken}`, webUrl).href;
  const settings = new URL(`/asetukset?t=${subscriber.listToken}`, webUrl).href;
  return {
    from: ADDRESS.offers,
    to: subscriber.address,
    messageId: newMessageId(),
    subject: 'Viikon tarjoukset',
    headers: {
      'List-Id': asIs(`Kaupan tarjoukset ${LIST_ID}`),
      Precedence: 'bulk',
      ...(withListUnsubscribe ? { 'List-Unsubscribe': asIs(listUnsubscribe(optOut)) } : {}),
    },
    text:
      'Viikon tarjoukset\n\n' +
      OFFERS.map(([item, price]) => `- ${item}: ${price}`).join('\n') +
      `\n\n--\nPeruuta tilaus: ${optOut}\nMuuta asetuksia: ${settings}\n`,
    html:
      '<h1>Viikon tarjoukset</h1><table>' +
      OFFERS.map(([item, price]) => `<tr><td>${item}</td><td>${price}</td></tr>`).join('') +
      '</table>' +
      `<hr><p style="font-size:small">Sait tämän viestin, koska tilasit Kaupan uutiskirjeen. ` +
      `<a href="${optOut}">Peruuta tilaus</a> | <a href="${settings}">Muuta asetuksia</a></p>`,
  };
}

const OFFERS: readonly (readonly [string, string])[] = [
  ['Kahvinkeitin', '29,90 €'],
  ['Villasukat', '12,50 €'],
  ['Retkikeitin', '44,00 €'],
];

function notice(subscriber: Subscriber, webUrl: string): SendMailOptions {
  return {
    from: ADDRESS.newsletter,
    to: subscriber.address,
    messageId: newMessageId(),
    headers: {
      'Auto-Submitted': 'auto-generated',
      'List-Id': asIs(`Kaupan tarjoukset ${LIST_ID}`),
      'List-Unsubscribe': asIs(listUnsubscribe(new URL(`/peru?t=${subscriber.listToken}`, webUrl).href)),
    },
  };
}

// No List-Unsubscribe-Post: Kauppa offers no RFC 8058 one-click, only a page with a button.
function listUnsubscribe(pageUrl: string): string {
  return `<${pageUrl}>, <mailto:${ADDRESS.optOut}?subject=poistu>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
