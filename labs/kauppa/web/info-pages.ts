import { ADDRESS } from '../identity.ts';
import { page, type Page } from './layout.ts';

export function frontPage(): Page {
  return page(
    'Etusivu',
    `<h1>Tervetuloa Kauppaan</h1>
<p>Suomalaista laatua kotiin ja retkelle. Tilaa <a href="/uutiskirje">uutiskirjeemme</a>, niin kuulet viikon tarjoukset ensimmäisenä.</p>`,
  );
}

/** Customer service is by email only: the page names the address and offers no form. */
export function customerServicePage(): Page {
  return page(
    'Asiakaspalvelu',
    `<h1>Asiakaspalvelu</h1>
<p>Palvelemme sähköpostitse. Kirjoita meille osoitteeseen
<a href="mailto:${ADDRESS.support}">${ADDRESS.support}</a>, niin vastaamme yleensä saman päivän aikana.</p>
<p>Kerro viestissä tilausnumerosi, jos kysymys koskee tilausta.</p>`,
  );
}

export function notFoundPage(): Page {
  return page('Sivua ei löytynyt', '<h1>Sivua ei löytynyt</h1><p>Etsimääsi sivua ei ole olemassa.</p>', 404);
}

export function unavailablePage(): Page {
  return page('Huoltokatko', '<h1>Palvelu on tilapäisesti poissa käytöstä</h1><p>Yritä myöhemmin uudelleen.</p>', 503);
}
