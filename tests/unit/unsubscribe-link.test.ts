import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chooseUnsubscribeLink, type EmailLink } from '../../journeys/unsubscribe/unsubscribe-link.ts';
import { unsubscribeWords } from '../../journeys/unsubscribe/unsubscribe-words.ts';
import { anyOf } from '../../src/text/word-list.ts';

const words = unsubscribeWords();
const links = (...pairs: Array<[string, string]>): EmailLink[] => pairs.map(([text, href], index) => ({ index, text, href }));

describe('the unsubscribe link, by meaning', () => {
  test('the address List-Unsubscribe gives wins, whatever the words', () => {
    const footer = links(['Katso tarjoukset', 'https://kauppa.test/tarjoukset'], ['Lopetan', 'https://kauppa.test/peru?t=a1&x=2']);
    const chosen = chooseUnsubscribeLink(footer, ['https://kauppa.test/peru?t=a1&amp;x=2'], words);
    assert.equal(chosen?.link.text, 'Lopetan');
    assert.match(chosen!.why, /List-Unsubscribe/);
  });

  for (const [language, text] of [
    ['English', 'Unsubscribe'],
    ['German', 'Newsletter abbestellen'],
    ['French', 'Se désabonner'],
    ['Spanish', 'Darse de baja'],
    ['Swedish', 'Avsluta prenumeration'],
    ['Finnish', 'Peruuta tilaus'],
    ['Dutch', 'Uitschrijven'],
  ] as const) {
    test(`a footer in ${language}: "${text}"`, () => {
      const footer = links(['Shop now', 'https://shop.test/sale'], [text, 'https://shop.test/l/9f8e']);
      assert.equal(chooseUnsubscribeLink(footer, [], words)?.link.text, text);
    });
  }

  test('by its address when the words are unknown, then by the preferences page', () => {
    assert.equal(chooseUnsubscribeLink(links(['Klikk her', 'https://shop.test/unsubscribe/77']), [], words)?.link.href, 'https://shop.test/unsubscribe/77');
    assert.equal(chooseUnsubscribeLink(links(['Manage your preferences', 'https://shop.test/p/77']), [], words)?.link.text, 'Manage your preferences');
  });

  test('a random token in the query is not read as words', () => {
    assert.equal(chooseUnsubscribeLink(links(['Offers', 'https://shop.test/o?t=peru77baja']), [], words), undefined);
  });

  test("a target's own words", () => {
    const own = unsubscribeWords({ unsubscribeLink: ['Ikke send mer'] });
    assert.equal(chooseUnsubscribeLink(links(['Ikke send mer', 'https://shop.test/x/1']), [], own)?.link.text, 'Ikke send mer');
    assert.equal(chooseUnsubscribeLink(links(['Ikke send mer', 'https://shop.test/x/1']), [], words), undefined);
  });

  test('the confirm button and the confirmation, in other languages', () => {
    assert.match('Kyllä, lopeta lähettäminen', words.confirmButton);
    assert.match('Ja, abmelden', words.confirmButton);
    assert.doesNotMatch('Jatka ostoksia', words.confirmButton);
    assert.match('Tilauksesi on peruttu. Et saa enää tarjouksia.', words.unsubscribed);
    assert.match('Vous ne recevrez plus nos offres', words.unsubscribed);
    assert.match('Sie wurden erfolgreich abgemeldet', words.unsubscribed);
  });
});

describe('anyOf', () => {
  test('words are plain text, stems may grow, short words stand alone', () => {
    assert.match('Opt-out (1 click)', anyOf(['opt-out (1 click)']));
    assert.match('Désinscription', anyOf(['désinscri']));
    assert.doesNotMatch('eyes', anyOf(['yes']));
    assert.doesNotMatch('anything', anyOf([]));
  });
});
