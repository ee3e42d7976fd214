/**
 * Compiles the `contact` part of every registered language (`registry.ts`) into the matchers
 * extraction runs, once, at module load. Phrases of every language are joined: a visitor may
 * write in any of them, whatever the page says, and a phrase of one language rarely means
 * something else in another. Longer phrases are tried first ("my name is" before "my name").
 */

import type { ContactData } from './contact-data.js';
import { functionWords } from './function-words.js';
import { PhraseSet } from './phrase-set.js';
import { LANGUAGE_DATA } from './registry.js';
import { frequencyRank } from './word-frequency.js';

type PhraseField = {
  [K in keyof ContactData]-?: NonNullable<ContactData[K]> extends readonly string[] ? K : never;
}[keyof ContactData];

/** Every phrase of one field over all languages, lower-cased, without duplicates. */
export function phrases(field: PhraseField): string[] {
  const all = new Set<string>();
  for (const { contact } of LANGUAGE_DATA)
    for (const phrase of contact[field] ?? []) all.add(phrase.toLowerCase().trim());
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

/**
 * The stop words (function words) of every language we read, from the `stopword` package:
 * words such as "auf", "nicht", "pero", "и" that are never a whole name on their own.
 */
export const STOP_WORDS_ALL_LANGUAGES: ReadonlySet<string> = new Set(
  LANGUAGE_DATA.flatMap((language) => functionWords(language).map((word) => word.toLowerCase())),
);

/** The frequency lists of our languages (`frequencyList`), each once. */
const FREQUENCY_LIST_NAMES = [
  ...new Set(LANGUAGE_DATA.map(({ frequencyList }) => frequencyList).filter(Boolean)),
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
