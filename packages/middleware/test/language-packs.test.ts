import { describe, expect, it } from 'vitest';
import type { PhraseKey } from '../src/language/intake-data.js';
import { createLanguageSet } from '../src/language/language-set.js';
import { ALL_LANGUAGE_PACKS, LANGUAGES, languageName } from '../src/language/languages.js';
import { fold, parseGlossary, tokenize } from '../src/language/words.js';

const en = ALL_LANGUAGE_PACKS.find((pack) => pack.code === 'en')!;

const placeholders = (text: string) => [...text.matchAll(/\{[^}]+\}/g)].map((m) => m[0]).sort();
const keys = Object.keys(en.phrases) as PhraseKey[];
const englishConcepts = new Set(parseGlossary(en.concepts).map(([key]) => key));

describe.each(ALL_LANGUAGE_PACKS.map((pack) => [pack.code, pack] as const))('language pack %s', (_, pack) => {
  it('has a wording for every sentence the bot says, with the same placeholders as English', () => {
    expect(Object.keys(pack.phrases).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const variants = pack.phrases[key];
      expect(variants.length, key).toBeGreaterThan(0);
      const expected = new Set(en.phrases[key].flatMap(placeholders));
      for (const variant of variants)
        for (const placeholder of placeholders(variant))
          expect(expected, `${key}: ${variant}`).toContain(placeholder);
    }
  });

  it('has cues that compile as whole-word patterns', () => {
    for (const [kind, sources] of Object.entries(pack.handover))
      for (const source of sources) {
        expect(() => new RegExp(source, 'iu'), `${kind}: ${source}`).not.toThrow();
        // A pattern ending in a space can never be followed by the word edge the matcher adds.
        expect(source, kind).not.toMatch(/\s$/);
      }
  });

  it('only uses glossary keys that English defines, so every concept bridges languages', () => {
    for (const [key] of parseGlossary(pack.concepts)) expect(englishConcepts, key).toContain(key);
  });
});

describe('language detection', () => {
  it.each([
    ['en', 'Where can I park my car near the clinic?'],
    ['de', 'Wie lange kann ich die Bücher ausleihen?'],
    ['fr', 'Quels sont vos horaires d’ouverture le samedi ?'],
    ['es', '¿Cuánto cuesta la primera consulta?'],
    ['it', 'Quanto costa il parcheggio vicino a voi?'],
    ['pt', 'Quanto custa a consulta para crianças?'],
    ['nl', 'Hoe lang duurt de levering naar Utrecht?'],
    ['pl', 'Czy mogę przedłużyć wypożyczenie przez telefon?'],
    ['tr', 'Kütüphane kartı çocuklar için ücretsiz mi?'],
  ])('reads %s in "%s"', (code, text) => {
    expect(LANGUAGES.detect(text)).toBe(code);
  });

  it.each(['Maria Garcia', 'ok', 'maria@example.com', '48213'])('leaves "%s" undecided', (text) => {
    expect(LANGUAGES.detect(text)).toBeUndefined();
  });

  it('names a language in another one from the runtime’s own data', () => {
    expect(languageName('en', 'de')).toBe('Englisch');
    expect(languageName('de', 'es')).toBe('alemán');
  });
});

describe('words', () => {
  it('splits elided articles and keeps the pieces of hyphenated words', () => {
    expect(tokenize("L'ouverture du check-up").map((t) => t.word)).toEqual([
      "l'",
      'ouverture',
      'du',
      'checkup',
    ]);
    expect(tokenize('check-up')[0]?.parts).toEqual(['check', 'up']);
  });

  it('folds accents and special letters', () => {
    expect(fold('Gebühr')).toBe('gebuhr');
    expect(fold('çocukları')).toBe('cocuklari');
    expect(fold('Straße')).toBe('strasse');
  });
});

describe('adding a language', () => {
  it('takes one pack: a set built with it speaks and detects it', () => {
    const xx = { ...en, code: 'xx', stopwords: ['blorp', 'zib', 'qua'], letters: 'ŧ' };
    const set = createLanguageSet([en, xx]);
    expect(set.codes).toEqual(['en', 'xx']);
    expect(set.get('xx-YY')?.code).toBe('xx');
    expect(set.detect('blorp zib qua ŧ')).toBe('xx');
  });
});
