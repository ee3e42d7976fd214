/**
 * compromise as a signal. Its lexicon (≈ 24k words, each with a part-of-speech or
 * name tag) is read directly: a dictionary lookup costs nothing, while running the
 * tagger costs ≈ 0.5 ms per call. The tagger runs only for the opening word of a
 * candidate that the lexicon cannot settle, and its answers are memoised.
 *
 * `nlp(text).people()` is not called: it finds the names this lexicon knows and
 * nothing more (it misses "Raj", "Aoife", "Park Ji-hoon" and offers "alexa
 * speaker"), at ≈ 1 ms per message. The context rules find the candidates; the
 * lexicon and the tagger only judge them.
 *
 * compromise is imported here, once, at module load (≈ 300 ms cold): never per call.
 */
import nlp from 'compromise';
import {
  GIVEN_NAME_TAGS,
  GUESSED_NON_NAME_TAGS,
  HARD_NON_NAME_TAGS,
  SOFT_NON_NAME_TAGS,
} from './name-words.js';

type LexiconEntry = string | readonly string[];
const model = nlp.model() as { one?: { lexicon?: Record<string, LexiconEntry> } };
const lexicon: Readonly<Record<string, LexiconEntry>> = model.one?.lexicon ?? {};

/** Tagger answers; bounded so a long-running server cannot grow them forever. */
const memo = new Map<string, readonly string[]>();
const MEMO_LIMIT = 5_000;

function tag(phrase: string): readonly string[] {
  let tags = memo.get(phrase);
  if (tags === undefined) {
    const doc = nlp(phrase).json() as { terms?: { tags?: string[] }[] }[];
    tags = doc[0]?.terms?.at(-1)?.tags ?? [];
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(phrase, tags);
  }
  return tags;
}

/**
 * The lexicon's tags for one word (case-insensitive); empty when unknown.
 *
 * @example
 * lexiconTags('Maria'); // ["FemaleName"]
 */
export function lexiconTags(word: string): readonly string[] {
  const key = word.toLowerCase();
  // The lexicon spells words without accents: "Zoë" is filed as "zoe".
  const plain = key.normalize('NFD').replace(/\p{M}/gu, '');
  const entry = Object.hasOwn(lexicon, key)
    ? lexicon[key]
    : Object.hasOwn(lexicon, plain)
      ? lexicon[plain]
      : undefined;
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
 * How strongly the lexicon says a word is not a name: `hard` for words that are
 * never a person's name even capitalised (places, organisations, adverbs, dates),
 * `soft` for words that are sometimes names too ("Frank", "Young", "Hope", "Park"),
 * `none` for names, plain nouns and unknown words.
 *
 * @example
 * lexiconVerdict('Canadian'); // "hard"
 */
export function lexiconVerdict(word: string): 'hard' | 'soft' | 'none' {
  const tags = lexiconTags(word);
  if (tags.some((tag) => GIVEN_NAME_TAGS.has(tag))) return 'none';
  if (tags.some((tag) => HARD_NON_NAME_TAGS.has(tag))) return 'hard';
  if (tags.some((tag) => SOFT_NON_NAME_TAGS.has(tag))) return 'soft';
  return 'none';
}

/**
 * For a word the lexicon does not know: does the tagger, from its suffix, read it as
 * an adjective, adverb or verb ("terrible", "overcharged", "extremely")? Unknown
 * names ("Raj", "Oluwaseun") read as nouns. Memoised: the tagger costs ≈ 0.5 ms.
 *
 * @example
 * guessedNonName('overcharged'); // true
 */
export function guessedNonName(word: string): boolean {
  const key = word.toLowerCase();
  if (lexiconTags(key).length > 0) return false;
  return tag(key).some((found) => GUESSED_NON_NAME_TAGS.has(found));
}

/**
 * Reads "I'm <Word>" with the tagger, which resolves words the lexicon files under
 * another class: "I'm Frank" is a person, "I'm Premium" is not.
 *
 * @example
 * taggerSeesPerson('Frank'); // true
 */
export function taggerSeesPerson(word: string): boolean {
  return tag(`I'm ${word}`).includes('Person');
}
