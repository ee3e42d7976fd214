/**
 * Evidence about words read as a name, from the lexicons and frequency lists: whether they
 * are a language's everyday words, words nobody knows (likely names in lower-case text), name
 * labels or keyboard runs. Pure lookups in data loaded once.
 */
import {
  isCommonWord,
  isEverydayWord,
  STOP_WORDS_ALL_LANGUAGES,
  wordSet,
} from '../language/compile-contact.js';
import { guessedNonName, isKnownGivenName, lexiconTags } from './lexicon.js';
import { PARTICLES } from './name-words.js';

const plain = (token: string): string => token.replace(/\.$/, '').toLowerCase();

/**
 * The words for "name", "surname", "customer" and for "@" and "." ("arobase", "punkt") of every
 * language: a label or a spelled address, never part of a name.
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set(
  [...wordSet('nameLabels'), ...wordSet('at'), ...wordSet('dot')].filter((word) => word.length >= 3),
);

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'qwertzuiop', 'yxcvbnm', 'wxcvbn'];
/**
 * Letters typed along one row of a keyboard ("asdf", "qwerty"): a placeholder, no name.
 *
 * @example
 * keyboardRun('asdf') // true
 */
export function keyboardRun(word: string): boolean {
  return word.length >= 4 && KEYBOARD_ROWS.some((row) => row.includes(word));
}

/**
 * A word of a script without capitals (Arabic, Hebrew, Devanagari, Han…).
 *
 * @example
 * uncasedScript('نور') // true
 */
export function uncasedScript(word: string): boolean {
  return !/[\p{Lu}\p{Ll}]/u.test(word);
}

/**
 * Every word is an everyday word of some language ("klant", "клиент"), and none a known given
 * name: after a weak cue such words are a role or a state, not a name.
 *
 * @example
 * everyday(['Klant']) // true
 */
export function everyday(tokens: readonly string[]): boolean {
  return tokens.every((token) => {
    const word = plain(token);
    return PARTICLES.has(word) || (!isKnownGivenName(word) && isEverydayWord(word));
  });
}

/**
 * Name words that no lexicon or frequency list knows as anything else, closed by the end of
 * a clause or an "and" (`closed`): in text without capitals the best sign of a name.
 *
 * @example
 * unknownWords(['priya', 'raman'], true) // true
 */
export function unknownWords(tokens: readonly string[], closed: boolean): boolean {
  if (!closed) return false;
  return tokens.every((token) => {
    const word = plain(token);
    if (PARTICLES.has(word)) return true;
    // One word alone must be in no list; in a full name, rare words of a list pass ("priya").
    const common = isCommonWord(word, tokens.length > 1 ? 6000 : undefined);
    if (word.length < 3 || common || STOP_WORDS_ALL_LANGUAGES.has(word)) return false;
    return lexiconTags(word).length === 0 && !guessedNonName(word);
  });
}

/** Surnames of placeholder people ("John Doe", "Max Mustermann", "Fulano de Tal"): no visitor's name. */
export const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set(
  'doe mustermann musterfrau mustermensch fulano fulana mengano mengana zutano sutano beltrano beltrana sicrano sempronio'.split(
    ' ',
  ),
);
