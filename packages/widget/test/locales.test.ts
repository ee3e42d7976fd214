// @vitest-environment node
/// <reference types="node" />
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/i18n.js';
import { locale as ar } from '../src/locales/ar.js';
import { locale as de } from '../src/locales/de.js';
import { locale as en, type Locale, type Plural } from '../src/locales/en.js';
import { locale as es } from '../src/locales/es.js';
import { locale as fr } from '../src/locales/fr.js';
import { locale as he } from '../src/locales/he.js';
import { locale as it_ } from '../src/locales/it.js';
import { locale as ja } from '../src/locales/ja.js';
import { locale as ko } from '../src/locales/ko.js';
import { locale as nl } from '../src/locales/nl.js';
import { locale as pl } from '../src/locales/pl.js';
import { locale as pt } from '../src/locales/pt.js';
import { locale as ru } from '../src/locales/ru.js';
import { locale as tr } from '../src/locales/tr.js';
import { locale as uk } from '../src/locales/uk.js';
import { locale as zh } from '../src/locales/zh.js';
import { LAUNCHER_STRINGS } from '../src/strings.js';

// Keyed by the language tag Intl.PluralRules is asked about, which is also the file name.
const LOCALES: Record<string, Locale> = {
  en,
  de,
  fr,
  es,
  it: it_,
  pt,
  nl,
  pl,
  tr,
  ru,
  uk,
  ar,
  he,
  zh,
  ja,
  ko,
};

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g))].sort();
const isPlural = (value: string | Plural): value is Plural => typeof value !== 'string';

/** The whole numbers up to 1000 a plural category covers for `lang`. */
const numbersIn = (lang: string, category: string) => {
  const rules = new Intl.PluralRules(lang);
  return Array.from({ length: 1001 }, (_, n) => n).filter((n) => rules.select(n) === category);
};

describe('the locales', () => {
  it('has a file for every locale, and a locale for every file', () => {
    const dir = fileURLToPath(new URL('../src/locales', import.meta.url));
    const files = readdirSync(dir).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(Object.keys(LOCALES).sort());
    // …and the widget offers exactly these languages.
    expect([...LANGUAGES].sort()).toEqual(files.sort());
  });

  describe.each(Object.entries(LOCALES))('%s', (lang, locale) => {
    it('has the same keys as English', () => {
      expect(Object.keys(locale).sort()).toEqual(Object.keys(en).sort());
    });

    it('keeps every placeholder of the English text, and adds none', () => {
      for (const [key, english] of Object.entries(en)) {
        if (isPlural(english)) continue;
        const text = locale[key as keyof Locale];
        expect(typeof text, key).toBe('string');
        expect(placeholders(text as string), key).toEqual(placeholders(english));
      }
    });

    it('gives `unread` exactly the plural categories Intl.PluralRules reports for the language', () => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      expect(Object.keys(locale.unread).sort()).toEqual([...categories].sort());
    });

    it('shows the count in every plural form, unless the form stands for one number only', () => {
      // Arabic and Hebrew write "one message" and "two messages" out in words; a form that
      // covers several numbers (French `one` is 0 and 1) must show which.
      for (const [category, text] of Object.entries(locale.unread)) {
        const allowed = numbersIn(lang, category).length === 1 ? [['{n}'], []] : [['{n}']];
        expect(allowed, `${category}: ${text}`).toContainEqual(placeholders(text));
      }
    });

    it('has no empty text', () => {
      const texts = Object.values(locale).flatMap((v) => (isPlural(v) ? Object.values(v) : [v]));
      for (const text of texts) expect(text.trim()).not.toBe('');
    });
  });
});

describe("the launcher's own English", () => {
  it('says what the English locale says: it stands in until a locale loads, and must not drift', () => {
    for (const [key, text] of Object.entries(LAUNCHER_STRINGS))
      expect(text, key).toEqual(en[key as keyof typeof en]);
  });
});
