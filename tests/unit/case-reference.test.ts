import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { caseReferenceIn, mentionsReference } from '../../src/text/case-reference.ts';

describe('caseReferenceIn', () => {
  test('the forms companies write', () => {
    assert.equal(caseReferenceIn('Thank you, Sam. Your case number is C-10001.'), 'C-10001');
    assert.equal(caseReferenceIn('[Case C-10001] We have received your message'), 'C-10001');
    assert.equal(caseReferenceIn('Re: Ticket #48213 - Where is my order?'), '48213');
    assert.equal(caseReferenceIn('Reference: REQ-2026-0042'), 'REQ-2026-0042');
    assert.equal(caseReferenceIn('your request ID 98765 has been logged'), '98765');
    assert.equal(caseReferenceIn('Case no. 4711'), '4711');
  });

  test('in other languages, where words grow endings', () => {
    assert.equal(caseReferenceIn('Kiitos viestistäsi. Tikettinumerosi on #1234.'), '1234');
    assert.equal(caseReferenceIn('Ihre Vorgangsnummer: 55-12'), '55-12');
    assert.equal(caseReferenceIn('Votre numéro de dossier : D-778'), 'D-778');
    assert.equal(caseReferenceIn('Ditt ärendenummer är 9911'), '9911');
  });

  test('the subject tags of help desks', () => {
    assert.equal(caseReferenceIn('[kauppa.test #1234] Re: Where is my order?'), '1234');
    assert.equal(caseReferenceIn('[Ticket#2026120410000011] Where is my order?'), '2026120410000011');
    assert.equal(caseReferenceIn('Re: [#4711] Where is my order?'), '4711');
    assert.equal(caseReferenceIn('[Newsletter] 20% off #1 seller'), undefined);
  });

  test('a cue followed by a plain word is no reference', () => {
    assert.equal(caseReferenceIn('In case you have questions, see ticket 31.'), '31');
    assert.equal(caseReferenceIn('In case of doubt, write to us.'), undefined);
    assert.equal(caseReferenceIn('We have received your message.'), undefined);
  });
});

describe('mentionsReference', () => {
  test('as a whole word, in any case', () => {
    assert.equal(mentionsReference('Re: [Case C-10001] Where is my order?', 'C-10001'), true);
    assert.equal(mentionsReference('case c-10001', 'C-10001'), true);
    assert.equal(mentionsReference('Re: [Case C-100012] Where is my order?', 'C-10001'), false);
    assert.equal(mentionsReference('Re: [Case XC-10001]', 'C-10001'), false);
    assert.equal(mentionsReference('Case C-10001-2', 'C-10001'), false);
    assert.equal(mentionsReference('Case C-10001-B', 'C-10001'), false);
    assert.equal(mentionsReference('(case C-10001).', 'C-10001'), true);
  });
});
