import type { HandoverCues, LanguagePack, SmallTalk } from './intake-data.js';
import { frequencyRank } from './word-frequency.js';
import { fold, parseGlossary, tokenize } from './words.js';

/** A glossary phrase, as the stems of its words. */
interface ConceptPhrase {
  stems: string[];
  key: string;
}

/**
 * A language pack compiled once into matchers: stop-word set, cached stemmer, glossary by
 * first stem, one regular expression per cue.
 *
 * @example
 * const de = compileLanguage(dePack); de.stem('Öffnungszeiten') // 'offnungszeit'
 */
export interface Language {
  code: string;
  pack: LanguagePack;
  /** True for a word that carries no topic. */
  isStopword(word: string): boolean;
  /** The stem of a lower-cased word. */
  stem(word: string): string;
  /** Rank of the word among the language's 10,000 most frequent (1 = most), or undefined. */
  frequencyRank(word: string): number | undefined;
  /** Words the language's thesaurus puts with this one (none without a thesaurus). */
  related(word: string): readonly string[];
  /** What a chat spelling stands for ("pw" → "password"), or undefined. */
  shorthand(word: string): string | undefined;
  /** The glossary keys of the longest phrase starting at `stems[i]`, and how many words it spans. */
  conceptsAt(stems: readonly string[], i: number): { keys: string[]; span: number } | undefined;
  /**
   * For a language that writes compounds: the glossary keys of a known word that starts or
   * ends this one ("Rückgabebox" starts with "Rückgabe", "Bibliotheksführung" ends with "Führung").
   */
  compoundConcepts(word: string): string[];
  /** One expression per kind of hand-over cue. */
  handover: Readonly<Record<keyof HandoverCues, RegExp>>;
  smallTalk: CompiledSmallTalk;
}

/** The small-talk lists compiled into whole-message and opening matchers. */
export interface CompiledSmallTalk {
  greeting: (text: string, botName?: string) => boolean;
  closing: (text: string) => boolean;
  /** Only words of greetings, closings and yeses, with no cue needed ("great. I am"). */
  filler: (text: string) => boolean;
  yes: (text: string) => boolean;
  decline: RegExp;
  no: RegExp;
  vagueWord: RegExp;
  followUp: RegExp;
  question: RegExp;
  emailWord: RegExp;
  nameWord: RegExp;
}

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** Any of the sources, as whole words. */
const anyOf = (sources: readonly string[]) =>
  new RegExp(`${EDGE_BEFORE}(?:${sources.join('|') || '(?!)'})${EDGE_AFTER}`, 'iu');

/** A message made only of these words (and punctuation, emoji, and optionally a name). */
const onlyOf = (sources: readonly string[]) => {
  const words = sources.join('|') || '(?!)';
  return (text: string, extra = '') => {
    const alts = extra ? `${words}|${extra.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}` : words;
    return new RegExp(`^[\\s\\p{P}\\p{S}]*(?:(?:${alts})${EDGE_AFTER}[\\s\\p{P}\\p{S}]*)+$`, 'iu').test(text);
  };
};

function compileSmallTalk(s: SmallTalk): CompiledSmallTalk {
  const greeting = onlyOf(s.greeting);
  const closing = onlyOf(s.closing);
  const closingCue = anyOf(s.closingCue);
  const yes = onlyOf(s.yes);
  const yesCue = anyOf(s.yesCue);
  const filler = onlyOf([...s.greeting, ...s.closing, ...s.yes]);
  return {
    greeting: (text, botName) => greeting(plain(text), botName?.toLowerCase()),
    closing: (text) => closingCue.test(plain(text)) && closing(plain(text)),
    filler: (text) => filler(plain(text)),
    yes: (text) => {
      const t = plain(text);
      return t.split(/\s+/).length <= 6 && yesCue.test(t) && yes(t);
    },
    decline: anyOf(s.decline),
    no: new RegExp(`^[\\s\\p{P}]*(?:${s.no.join('|')})[\\s\\p{P}]*$`, 'iu'),
    vagueWord: new RegExp(`^(?:${s.vague.join('|')})$`, 'iu'),
    followUp: new RegExp(`^[\\s\\p{P}]*(?:${s.followUp.join('|')})${EDGE_AFTER}`, 'iu'),
    question: new RegExp(`^[\\s\\p{P}]*(?:${s.question.join('|')})${EDGE_AFTER}`, 'iu'),
    emailWord: anyOf(s.emailWord),
    nameWord: anyOf(s.nameWord),
  };
}

/**
 * The text as cues read it: lower case, plain apostrophes.
 *
 * @example
 * plain('I DON’T know') // "i don't know"
 */
export function plain(text: string): string {
  return text.toLowerCase().replace(/[’`]/g, "'");
}

/**
 * Compiles a language pack. Done once per language, at first use.
 *
 * @example
 * const en = compileLanguage(enPack);
 */
export function compileLanguage(pack: LanguagePack): Language {
  const stopwords = new Set(pack.stopwords.map((w) => w.toLowerCase().replace(/[’`]/g, "'")));
  // The broad list loses every word the pack itself gives a meaning to: "order", "open" or
  // "help" are stop words to a search engine, but a topic (or a vague ask) to a support bot.
  const meaningful = new Set([
    ...parseGlossary(pack.concepts).flatMap(([, words]) => words.map((w) => w.toLowerCase())),
    ...Object.keys(pack.shorthand),
    ...pack.smallTalk.vague.flatMap((source) => source.split('|')),
  ]);
  // Its entries of one or two letters are mostly country codes and abbreviations ("uk", "cc").
  for (const word of pack.generalStopwords ?? [])
    if (word.length > 2 && !meaningful.has(word) && !/\d/.test(word))
      stopwords.add(word.replace(/[’`]/g, "'"));
  const stems = new Map<string, string>();
  const stem = (word: string) => {
    let s = stems.get(word);
    if (s === undefined) {
      s = word.length > 3 ? pack.stem(word) : word;
      if (stems.size < 50_000) stems.set(word, s);
    }
    return s;
  };
  const phrases = new Map<string, ConceptPhrase[]>();
  for (const [key, words] of parseGlossary(pack.concepts)) {
    for (const phrase of words) {
      const phraseStems = tokenize(phrase).map((t) => stem(t.word));
      const first = phraseStems[0];
      if (!first) continue;
      const list = phrases.get(first) ?? [];
      list.push({ stems: phraseStems, key });
      phrases.set(first, list);
    }
  }
  // Longest phrases first, so "opening hours" wins over "opening".
  for (const list of phrases.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  // Single glossary words by folded stem, for the parts of compounds.
  const singles = new Map<string, string[]>();
  for (const list of phrases.values())
    for (const phrase of list) {
      const only = phrase.stems.length === 1 ? fold(phrase.stems[0] ?? '') : '';
      if (only.length < COMPOUND_PART) continue;
      const keys = singles.get(only) ?? [];
      if (!keys.includes(phrase.key)) keys.push(phrase.key);
      singles.set(only, keys);
    }
  const shorthand = new Map(Object.entries(pack.shorthand));
  const handover = Object.fromEntries(
    Object.entries(pack.handover).map(([kind, sources]) => [kind, anyOf(sources as string[])]),
  ) as Record<keyof HandoverCues, RegExp>;
  return {
    code: pack.code,
    pack,
    isStopword: (word) => stopwords.has(word),
    stem,
    shorthand: (word) => shorthand.get(word),
    related: (word) => pack.thesaurus?.(word) ?? [],
    frequencyRank: (word) => (pack.frequencyList ? frequencyRank(word, pack.frequencyList) : undefined),
    conceptsAt(all, i) {
      const candidates = phrases.get(all[i] ?? '');
      if (!candidates) return undefined;
      let span = 0;
      const keys: string[] = [];
      for (const phrase of candidates) {
        if (span > phrase.stems.length) break;
        if (!phrase.stems.every((s, k) => all[i + k] === s)) continue;
        span = phrase.stems.length;
        if (!keys.includes(phrase.key)) keys.push(phrase.key);
      }
      return span > 0 ? { keys, span } : undefined;
    },
    compoundConcepts(word) {
      if (!pack.compounds || word.length < COMPOUND_PART * 2) return [];
      const folded = fold(word);
      const stemmed = fold(stem(word));
      const keys = new Set<string>();
      for (let i = COMPOUND_PART; i <= folded.length - COMPOUND_PART; i++)
        for (const key of singles.get(folded.slice(0, i)) ?? []) keys.add(key);
      for (let i = 1; i <= stemmed.length - COMPOUND_PART; i++)
        for (const key of singles.get(stemmed.slice(i)) ?? []) keys.add(key);
      return [...keys];
    },
    handover,
    smallTalk: compileSmallTalk(pack.smallTalk),
  };
}

/** Shortest known word taken as part of a compound: "Rad" in "Radweg" would match too much. */
const COMPOUND_PART = 5;
