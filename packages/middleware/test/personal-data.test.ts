import { describe, expect, it } from 'vitest';
import { looksLikePhone, PHONE_IN_TEXT, replaceNameParts } from '../src/language/personal-data.js';

describe('replaceNameParts', () => {
  it.each([
    ["I'm Jean-Luc Øvergaard, order late", 'Jean-Luc Øvergaard', "I'm _-_ _, order late"],
    ['ann here: annual plan for ANN', 'Ann', '_ here: annual plan for _'],
    ["Siobhan O'Brien wrote", "Siobhan O'Brien", '_ _ wrote'],
    ['Müller & Mülleritz', 'Müller', '_ & Mülleritz'],
    ['José é', 'José É', '_ é'],
  ])('in %j, replaces the words of %j and nothing inside other words', (text, name, expected) => {
    expect(replaceNameParts(text, name, '_')).toBe(expected);
  });

  it('leaves the text as it is without a name, or with one-letter parts only', () => {
    expect(replaceNameParts('J. Doe called', undefined, '_')).toBe('J. Doe called');
    expect(replaceNameParts('J D called', 'J D', '_')).toBe('J D called');
  });
});

describe('phone candidates', () => {
  it('finds digits written as a phone number, and tells a phone from a date or an order number', () => {
    const found = 'call +49 30 1234567 about 2024-03-05 and order 48213'.match(PHONE_IN_TEXT) ?? [];
    expect(found).toEqual(['+49 30 1234567', '2024-03-05']);
    expect(found.map(looksLikePhone)).toEqual([true, false]);
  });
});
