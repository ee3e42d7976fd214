/**
 * compromise as a signal. Its lexicon (≈ 24k words, each with a part-of-speech or
 * name tag) is read directly: a dictionary lookup costs nothing, while running the
 * tagger costs ≈ 0.5 ms per call. The tagger runs only for a capitalised word the
 * lexicon does not know, and its answers are memoised.
 *
 * compromise is imported here, once, at module load (≈ 300 ms cold): never per call.
 */
import nlp from 'compromise';
import { GIVEN_NAME_TAGS, NON_NAME_TAGS } from './name-words.js';

type LexiconEntry = string | readonly string[];
const model = nlp.model() as { one?: { lexicon?: Record<string, LexiconEntry> } };
const lexicon: Readonly<Record<string, LexiconEntry>> = model.one?.lexicon ?? {};

/** Words seen by the tagger; bounded so a long-running server cannot grow it forever. */
const guessed = new Map<string, readonly string[]>();
const GUESS_CACHE_LIMIT = 5_000;

/**
 * The lexicon's tags for one word (case-insensitive); empty when unknown.
 *
 * @example
 * lexiconTags('Maria'); // ["FemaleName"]
 */
export function lexiconTags(word: string): readonly string[] {
  const entry = Object.hasOwn(lexicon, word.toLowerCase()) ? lexicon[word.toLowerCase()] : undefined;
  if (entry === undefined) return [];
  return typeof entry === 'string' ? [entry] : entry;
}

/**
 * True when compromise knows the word as a given name or a person ("Maria", "Jordan").
 *
 * @example
 * isKnownGivenName('sarah'); // true
 */
export function isKnownGivenName(word: string): boolean {
  return lexiconTags(word).some((tag) => GIVEN_NAME_TAGS.has(tag));
}

/**
 * True when the lexicon tags the word as something a name never is (an adjective,
 * a verb form, a date, a demonym, an organisation, ...) and not also as a name.
 *
 * @example
 * isKnownNonName('sorry'); // true
 */
export function isKnownNonName(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((tag) => NON_NAME_TAGS.has(tag));
}

/**
 * Asks the tagger about a word the lexicon does not know, as it would read it after
 * "I'm" ("I'm *ridiculous*" → Adjective; "I'm *Raj*" → ProperNoun). Memoised.
 *
 * @example
 * taggerSaysNonName('frustrating'); // true
 */
export function taggerSaysNonName(word: string): boolean {
  // The word keeps its case: compromise reads a capital as a proper-noun hint.
  const key = word;
  let tags = guessed.get(key);
  if (tags === undefined) {
    const doc = nlp(`I'm ${key}`).json() as { terms?: { tags?: string[] }[] }[];
    tags = doc[0]?.terms?.at(-1)?.tags ?? [];
    if (guessed.size >= GUESS_CACHE_LIMIT) guessed.clear();
    guessed.set(key, tags);
  }
  return tags.some((tag) => NON_NAME_TAGS.has(tag)) && !tags.some((tag) => GIVEN_NAME_TAGS.has(tag));
}
