import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOneClickPost, parseListUnsubscribe, parseMailto } from '../../src/mail/list-unsubscribe.ts';

describe('parseListUnsubscribe', () => {
  it('keeps every URI of each kind, in header order', () => {
    const parsed = parseListUnsubscribe(
      '<mailto:unsub@shop.test>, <https://shop.test/u/1>, <mailto:list@shop.test?subject=stop>, <http://shop.test/u/2>',
    );
    assert.deepEqual(parsed.uris, [
      { scheme: 'mailto', uri: 'mailto:unsub@shop.test' },
      { scheme: 'https', uri: 'https://shop.test/u/1' },
      { scheme: 'mailto', uri: 'mailto:list@shop.test?subject=stop' },
      { scheme: 'http', uri: 'http://shop.test/u/2' },
    ]);
    assert.deepEqual(parsed.mailto.map((u) => u.uri), ['mailto:unsub@shop.test', 'mailto:list@shop.test?subject=stop']);
    assert.deepEqual(parsed.web.map((u) => u.uri), ['https://shop.test/u/1', 'http://shop.test/u/2']);
    assert.deepEqual(parsed.problems, []);
  });

  it('keeps other schemes in uris only and lower-cases the scheme', () => {
    const parsed = parseListUnsubscribe('<MAILTO:Unsub@Shop.test>, <ftp://shop.test/unsub>, <HTTPS://shop.test/u>');
    assert.deepEqual(parsed.uris.map((u) => u.scheme), ['mailto', 'ftp', 'https']);
    assert.equal(parsed.mailto[0]?.uri, 'MAILTO:Unsub@Shop.test');
    assert.deepEqual(parsed.web.map((u) => u.uri), ['HTTPS://shop.test/u']);
    assert.deepEqual(parsed.problems, []);
  });

  it('tolerates odd spacing and stray commas', () => {
    const parsed = parseListUnsubscribe('   <mailto:a@shop.test>,<https://shop.test/u>   ,\t ,  <http://shop.test/v>  ,');
    assert.deepEqual(parsed.uris.map((u) => u.uri), [
      'mailto:a@shop.test',
      'https://shop.test/u',
      'http://shop.test/v',
    ]);
    assert.deepEqual(parsed.problems, []);
  });

  it('unfolds folded headers and drops whitespace that breaks a long URI', () => {
    const parsed = parseListUnsubscribe(
      '<mailto:unsub@shop.test?subject=unsubscribe>,\r\n <https://shop.test/unsubscribe/\r\n\tabcdef?list=offers>',
    );
    assert.deepEqual(parsed.uris.map((u) => u.uri), [
      'mailto:unsub@shop.test?subject=unsubscribe',
      'https://shop.test/unsubscribe/abcdef?list=offers',
    ]);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parseListUnsubscribe('<mailto:a@shop.test>,\n    <https://shop.test/u>').uris.map((u) => u.uri), ['mailto:a@shop.test', 'https://shop.test/u']);
  });

  it('skips comments between entries, nested and escaped ones included', () => {
    const parsed = parseListUnsubscribe(
      '(by e-mail) <mailto:a@shop.test> (or (nested) here), (on the web \\) still a comment) <https://shop.test/u> (one click)',
    );
    assert.deepEqual(parsed.uris.map((u) => u.uri), ['mailto:a@shop.test', 'https://shop.test/u']);
    assert.deepEqual(parsed.problems, []);
  });

  it('keeps commas and parentheses inside angle brackets as part of the URI', () => {
    const parsed = parseListUnsubscribe('<https://shop.test/u?lists=a,b,c&id=(42)>, <mailto:a@shop.test>');
    assert.deepEqual(parsed.uris.map((u) => u.uri), ['https://shop.test/u?lists=a,b,c&id=(42)', 'mailto:a@shop.test']);
    assert.deepEqual(parsed.problems, []);
  });

  it('extracts URIs without angle brackets but records the problem', () => {
    const parsed = parseListUnsubscribe('mailto:a@shop.test, https://shop.test/u');
    assert.deepEqual(parsed.uris.map((u) => u.uri), ['mailto:a@shop.test', 'https://shop.test/u']);
    assert.deepEqual(parsed.problems, [
      'URI without angle brackets: mailto:a@shop.test',
      'URI without angle brackets: https://shop.test/u',
    ]);
  });

  it('records a missing comma, an unclosed bracket and an unclosed comment', () => {
    const missingComma = parseListUnsubscribe('<mailto:a@shop.test> <https://shop.test/u>');
    assert.deepEqual(missingComma.uris.map((u) => u.uri), ['mailto:a@shop.test', 'https://shop.test/u']);
    assert.deepEqual(missingComma.problems, ['missing comma before: <https://shop.test/u>']);

    const unclosed = parseListUnsubscribe('<mailto:a@shop.test>, <https://shop.test/u');
    assert.deepEqual(unclosed.uris.map((u) => u.uri), ['mailto:a@shop.test', 'https://shop.test/u']);
    assert.match(unclosed.problems.join(), /unclosed angle bracket/);

    const comment = parseListUnsubscribe('<mailto:a@shop.test> (never closed');
    assert.deepEqual(comment.uris.map((u) => u.uri), ['mailto:a@shop.test']);
    assert.match(comment.problems.join(), /unclosed comment/);
  });

  it('rejects entries that are not URIs', () => {
    const parsed = parseListUnsubscribe('<>, <unsubscribe here>, Click here to unsubscribe, <https://shop.test/u>');
    assert.deepEqual(parsed.uris.map((u) => u.uri), ['https://shop.test/u']);
    assert.deepEqual(parsed.problems, [
      'empty angle brackets',
      'not a URI: <unsubscribe here>',
      'not a URI: Click here to unsubscribe',
    ]);
  });

  it('reports a missing or empty header', () => {
    assert.deepEqual(parseListUnsubscribe(undefined), { uris: [], mailto: [], web: [], problems: ['no header'] });
    assert.deepEqual(parseListUnsubscribe('').problems, ['empty header']);
    assert.deepEqual(parseListUnsubscribe(' \r\n\t ').problems, ['empty header']);
  });

  it('never throws on garbage', () => {
    const pieces = ['<', '>', '(', ')', ',', '\\', ' ', '\r\n ', 'mailto:', 'https://', 'a@b', '%', '\u0000', '€', ':'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 2000; round++) {
      const header = Array.from({ length: Math.floor(random() * 20) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const parsed = parseListUnsubscribe(header);
      assert.ok(Array.isArray(parsed.uris) && Array.isArray(parsed.problems), header);
    }
    for (const odd of [null, 42, {}, 'x'.repeat(100_000)]) {
      assert.doesNotThrow(() => parseListUnsubscribe(odd as unknown as string));
    }
  });
});

describe('isOneClickPost', () => {
  it('accepts exactly List-Unsubscribe=One-Click, key in any case, surrounded by whitespace', () => {
    for (const value of [
      'List-Unsubscribe=One-Click',
      'list-unsubscribe=One-Click',
      'LIST-UNSUBSCRIBE=One-Click',
      '  List-Unsubscribe=One-Click \t',
      '\r\n List-Unsubscribe=One-Click\r\n',
    ]) {
      assert.equal(isOneClickPost(value), true, JSON.stringify(value));
    }
  });

  it('rejects anything else', () => {
    for (const value of [
      undefined,
      '',
      'One-Click',
      'List-Unsubscribe',
      'List-Unsubscribe=',
      'List-Unsubscribe=one-click',
      'List-Unsubscribe = One-Click',
      'List-Unsubscribe="One-Click"',
      'List-Unsubscribe=One-Click;',
      'List-Unsubscribe=One-Click&utm=1',
      'List-Unsubscribe=One-Click=1',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    ]) {
      assert.equal(isOneClickPost(value), false, JSON.stringify(value));
    }
  });
});

describe('parseMailto', () => {
  it('reads the address, subject and body, percent-decoded', () => {
    assert.deepEqual(parseMailto('mailto:unsub@shop.test'), { to: 'unsub@shop.test' });
    assert.deepEqual(
      parseMailto('mailto:unsub%2Boffers@shop.test?subject=Unsubscribe%20me&body=Please%20remove%0D%0Ame%20%E2%82%AC'),
      { to: 'unsub+offers@shop.test', subject: 'Unsubscribe me', body: 'Please remove\r\nme €' },
    );
  });

  it('takes the first of several addresses, from the path or else from a to hfield', () => {
    assert.equal(parseMailto('mailto:a@shop.test,b@shop.test').to, 'a@shop.test');
    assert.equal(parseMailto('mailto:a@shop.test?to=b@shop.test').to, 'a@shop.test');
    assert.equal(parseMailto('mailto:?to=b%40shop.test,c@shop.test&subject=x').to, 'b@shop.test');
    // An encoded comma belongs to the (quoted) address; only a literal comma separates addresses.
    assert.equal(parseMailto('mailto:%22a%2Cb%22@shop.test,c@shop.test').to, '"a,b"@shop.test');
  });

  it('treats hfield names case-insensitively, keeps + literal and the first duplicate', () => {
    assert.deepEqual(parseMailto('MAILTO:a@shop.test?SUBJECT=one+two&Subject=ignored&BODY=x'), {
      to: 'a@shop.test',
      subject: 'one+two',
      body: 'x',
    });
    assert.deepEqual(parseMailto('mailto:a@shop.test?subject='), { to: 'a@shop.test', subject: '' });
  });

  it('leaves malformed escapes as written and never throws', () => {
    assert.deepEqual(parseMailto('mailto:a@shop.test?subject=100%25%20%zz%E9'), { to: 'a@shop.test', subject: '100% %zz%E9' });
    assert.deepEqual(parseMailto('https://shop.test/unsubscribe'), { to: '' });
    assert.deepEqual(parseMailto(''), { to: '' });
    assert.deepEqual(parseMailto('mailto:'), { to: '' });
    assert.deepEqual(parseMailto(undefined as unknown as string), { to: '' });
  });
});
