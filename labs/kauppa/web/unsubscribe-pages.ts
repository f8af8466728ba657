import type { Subscriber } from '../subscribers.ts';
import { escapeHtml, notice, page, type Page } from './layout.ts';

export const CANCELLED = 'Tilauksesi on peruttu. Et saa enää tarjouksia.';

/** /peru asks first: a GET never unsubscribes (mail scanners open links), the button's POST does. */
export function askToUnsubscribePage(subscriber: Subscriber): Page {
  return page(
    'Tilauksen peruminen',
    `<h1>Haluatko varmasti lopettaa uutiskirjeen?</h1>
<p>Osoitteeseen ${escapeHtml(subscriber.address)} ei lähetetä enää tarjouksia.</p>
<form method="post" action="/peru">
  <input type="hidden" name="t" value="${subscriber.listToken}">
  <button type="submit">Kyllä, lopeta lähettäminen</button>
</form>
<p><a href="/">Ei, palaa etusivulle</a></p>`,
  );
}

export function cancelledPage(): Page {
  return page('Tilaus peruttu', `<h1>Tilaus peruttu</h1>${notice(CANCELLED)}`);
}

/** Preferences: how often, saved by one form; stopping everything is a second form of its own. */
export function settingsPage(subscriber: Subscriber, saved = false): Page {
  const option = (value: Subscriber['frequency'], label: string) =>
    `<label><input type="radio" name="tiheys" value="${value}"${subscriber.frequency === value ? ' checked' : ''}> ${label}</label><br>`;
  return page(
    'Uutiskirjeen asetukset',
    `<h1>Uutiskirjeen asetukset</h1>
${saved ? notice('Asetukset tallennettu.') : ''}
<p>Tilaaja: ${escapeHtml(subscriber.address)}</p>
<form method="post" action="/asetukset">
  <input type="hidden" name="t" value="${subscriber.listToken}">
  <fieldset><legend>Kuinka usein haluat tarjouksia?</legend>
  ${option('viikoittain', 'Kerran viikossa')}
  ${option('kuukausittain', 'Kerran kuukaudessa')}
  </fieldset>
  <p><button type="submit">Tallenna asetukset</button></p>
</form>
<form method="post" action="/asetukset/lopeta">
  <input type="hidden" name="t" value="${subscriber.listToken}">
  <p><button type="submit">Lopeta kaikki uutiskirjeet</button></p>
</form>`,
  );
}
