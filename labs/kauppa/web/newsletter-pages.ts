import { escapeHtml, notice, page, problem, type Page } from './layout.ts';

export const SIGNED_UP = 'Kiitos! Vahvista tilauksesi sähköpostiisi lähetetyllä linkillä.';

/** The sign-up form; the consent box is required, by the browser and by the server alike. */
export function signUpPage(error?: string, address = ''): Page {
  return page(
    'Uutiskirje',
    `<h1>Tilaa uutiskirje</h1>
<p>Viikon tarjoukset suoraan sähköpostiisi. Voit perua tilauksen milloin tahansa.</p>
${error ? problem(error) : ''}
<form method="post" action="/uutiskirje">
  <p><label for="sahkoposti">Sähköpostiosoite</label><br>
  <input type="email" id="sahkoposti" name="sahkoposti" required value="${escapeHtml(address)}"></p>
  <p><input type="checkbox" id="lupa" name="lupa" value="kylla" required>
  <label for="lupa">Haluan tarjouksia sähköpostiini</label></p>
  <p><button type="submit">Tilaa</button></p>
</form>`,
    error ? 400 : 200,
  );
}

export function signedUpPage(): Page {
  return page('Uutiskirje', `<h1>Melkein valmista</h1>${notice(SIGNED_UP)}`);
}

export function confirmedPage(): Page {
  return page('Tilaus vahvistettu', `<h1>Tilaus vahvistettu</h1>${notice('Tervetuloa tilaajaksi! Ensimmäiset tarjoukset ovat jo matkalla.')}`);
}

export function badLinkPage(): Page {
  return page('Virheellinen linkki', `<h1>Linkki ei kelpaa</h1>${problem('Linkki on vanhentunut tai virheellinen.')}`, 400);
}
