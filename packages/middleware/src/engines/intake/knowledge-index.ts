import { createHash } from 'node:crypto';
import type { KnowledgeItem } from '@supportbridge/shared';
import type { Language } from '../../language/compile-language.js';
import type { LanguageSet } from '../../language/language-set.js';
import { LANGUAGES } from '../../language/languages.js';
import { fold } from '../../language/words.js';
import { answerTypes } from './answer-types.js';
import { type KnowledgeDoc, knowledgeDocs } from './knowledge-docs.js';
import { MATCH } from './match-weights.js';
import { type TextUnit, textUnits } from './text-units.js';
import { WordFinder } from './word-finder.js';

/**
 * A ranked match from the bot's knowledge.
 *
 * @example
 * const hit: KnowledgeHit = { entry: 2, answer: 'We ship within 2 days.', heading: 'Shipping', language: 'en', score: 0.8, matched: [0] };
 */
export interface KnowledgeHit {
  /** Position of the entry in `bot.knowledge`. */
  entry: number;
  /** The text to give: the answer, or the matching chunk of a passage. */
  answer: string;
  heading: string;
  /** The language the entry is written in. */
  language: string;
  /** The relevance score, 0–1 (see `match-weights.ts`). */
  score: number;
  /** Which of the ranked units (by position) this entry matched. */
  matched: number[];
  /** The share of the message's weight in words no entry knows, 0–1 (the same for every hit). */
  unknown?: number;
}

/** A unit of a message with how much it counts (1, or less for context from earlier turns). */
export interface WeightedUnit {
  unit: TextUnit;
  scale: number;
}

interface IndexedDoc extends KnowledgeDoc {
  language: string;
  /** The heading's units, as sets of terms: how much of the heading a message covers. */
  headingUnits: string[][];
}

/**
 * A bot's knowledge, indexed once for ranked retrieval across languages: word stems and
 * glossary concepts per field, thesaurus relatives of the entries' words (English: WordNet),
 * what numbers state ("€49" answers "how much", "14 days" "how long"), and the typed words
 * for typo and compound matching.
 *
 * @example
 * const index = new KnowledgeIndex([{ question: 'Do you ship abroad?', answer: 'Yes, to the EU.' }]);
 * index.search('shipping to Germany')[0]?.answer // 'Yes, to the EU.'
 */
export class KnowledgeIndex {
  /** Number of searchable docs (an entry, or a chunk of a passage). */
  readonly size: number;
  /** The languages the knowledge is written in, most used first. */
  readonly languages: readonly Language[];
  readonly #docs: IndexedDoc[];
  /** Number of knowledge entries (a passage cut into chunks is one). */
  readonly entries: number;
  /** term → doc → best field weight. */
  readonly #postings = new Map<string, Map<number, number>>();
  /** term → entries using it. */
  readonly #entryCount = new Map<string, number>();
  readonly #words: WordFinder;
  readonly #set: LanguageSet;
  /** Every language of the set, for their small words. */
  readonly #quiet: readonly Language[];

  constructor(knowledge: readonly KnowledgeItem[], languages: LanguageSet = LANGUAGES) {
    this.#set = languages;
    this.#quiet = languages.codes.map((code) => languages.get(code)!);
    const docs = knowledgeDocs(knowledge);
    const entryLanguage = new Map<number, string | undefined>();
    const tally = new Map<string, number>();
    knowledge.forEach((_, entry) => {
      const text = docs
        .filter((d) => d.entry === entry)
        .map((d) => `${d.heading} ${d.body}`)
        .join(' ');
      const code =
        languages.get(docs.find((d) => d.entry === entry)?.language)?.code ?? languages.detect(text);
      entryLanguage.set(entry, code);
      if (code) tally.set(code, (tally.get(code) ?? 0) + 1);
    });
    const ranked = [...tally].sort((a, b) => b[1] - a[1]).map(([code]) => languages.get(code)!);
    this.languages = ranked.length > 0 ? ranked : [languages.fallback];
    const main = this.languages[0]!;
    this.entries = knowledge.length;
    this.#words = new WordFinder();
    const entryTerms = new Map<string, Set<number>>();
    const read = docs.map((doc) => {
      const language = languages.get(entryLanguage.get(doc.entry)) ?? main;
      return { language, heading: textUnits(doc.heading, language), body: textUnits(doc.body, language) };
    });
    this.#docs = docs.map((doc, id) => {
      const { language, heading, body } = read[id]!;
      const add = (term: string, weight: number) => {
        const postings = this.#postings.get(term) ?? new Map<number, number>();
        if ((postings.get(id) ?? 0) < weight) postings.set(id, weight);
        this.#postings.set(term, postings);
        const entries = entryTerms.get(term) ?? new Set<number>();
        entries.add(doc.entry);
        entryTerms.set(term, entries);
      };
      for (const [units, weight] of [
        [heading, MATCH.heading],
        [body, MATCH.body],
      ] as const) {
        for (const unit of units) {
          for (const [term, share] of unit.terms) add(term, weight * share);
          unit.words.forEach((word, k) => {
            const term = unit.wordTerms[k] ?? `w:${word}`;
            this.#words.add(word, term);
            this.#words.add(fold(term.slice(2)), term);
            for (const [other] of unit.terms)
              if (other.startsWith('w:')) this.#words.add(fold(other.slice(2)), other);
            for (const related of language.related(word))
              if (!language.isStopword(related)) add(`w:${language.stem(related)}`, weight * MATCH.related);
          });
        }
      }
      // What a question word asks for may be stated only as a number: "how much" is answered
      // by "€49", "how long" by "within 14 days", in any language, without the words.
      for (const concept of answerTypes(doc.body, language)) add(concept, MATCH.body);
      for (const concept of answerTypes(doc.heading, language)) add(concept, MATCH.heading);
      return {
        ...doc,
        language: language.code,
        headingUnits: heading.map((u) => [...u.terms.keys()]),
      };
    });
    for (const [term, entries] of entryTerms) this.#entryCount.set(term, entries.size);
    this.size = this.#docs.length;
  }

  /** How telling a term is: ln(1 + entries / entries using it); a term none uses counts as rare. */
  #idf(term: string | undefined): number {
    const n = term ? (this.#entryCount.get(term) ?? 0) : 0;
    if (n === 0) return MATCH.unknown * Math.log(1 + this.entries);
    return Math.log(1 + this.entries / n);
  }

  /**
   * Ranks every entry for the given units, best first, one hit per entry (its best chunk).
   *
   * @example
   * index.rank(textUnits('refund?', en).map((unit) => ({ unit, scale: 1 })))[0]?.entry
   */
  rank(units: readonly WeightedUnit[]): KnowledgeHit[] {
    const n = this.#docs.length;
    const covered = new Float64Array(n);
    let total = 0;
    let unknown = 0;
    const matchedTerms: Set<string>[] = this.#docs.map(() => new Set<string>());
    const matchedUnits: number[][] = this.#docs.map(() => []);
    for (const [position, { unit, scale }] of units.entries()) {
      const found = new Map<string, number>();
      for (const [term, weight] of unit.terms) if (this.#postings.has(term)) found.set(term, weight);
      if (found.size === 0) {
        for (const word of unit.words)
          for (const [term, weight] of this.#words.near(word))
            if ((found.get(term) ?? 0) < weight) found.set(term, weight);
        // A word the knowledge never uses may still say what one of its words says.
        for (const [term, weight] of unit.related ?? [])
          if (this.#postings.has(term) && (found.get(term) ?? 0) < weight) found.set(term, weight);
      }
      // A glossary phrase of small words ("how much", "alguien") the knowledge never speaks of
      // says how something is asked, not what: it neither helps nor counts against.
      if (found.size === 0 && unit.words.length === 0) continue;
      let idf = 0;
      for (const term of found.keys()) idf = Math.max(idf, this.#idf(term));
      if (found.size === 0) idf = this.#idf(undefined) * unit.rarity ** MATCH.common;
      idf *= scale;
      total += idf;
      if (found.size === 0) unknown += idf;
      const best = new Float64Array(n);
      for (const [term, weight] of found) {
        for (const [doc, field] of this.#postings.get(term) ?? []) {
          const value = weight * field;
          if (value > (best[doc] ?? 0)) best[doc] = value;
          matchedTerms[doc]?.add(term);
        }
      }
      for (let doc = 0; doc < n; doc++) {
        covered[doc] = (covered[doc] ?? 0) + idf * (best[doc] ?? 0);
        if ((best[doc] ?? 0) > 0) matchedUnits[doc]?.push(position);
      }
    }
    if (total === 0) return [];
    const byEntry = new Map<number, KnowledgeHit>();
    this.#docs.forEach((doc, id) => {
      const share = (covered[id] ?? 0) / total;
      if (share <= 0) return;
      const heading = this.#headingCover(doc, matchedTerms[id] ?? new Set());
      const score = share * (1 - MATCH.heading_cover) + Math.min(share, heading) * MATCH.heading_cover;
      const previous = byEntry.get(doc.entry);
      if (!previous || previous.score < score)
        byEntry.set(doc.entry, {
          entry: doc.entry,
          answer: doc.body,
          heading: doc.heading,
          language: doc.language,
          score,
          matched: matchedUnits[id] ?? [],
          unknown: unknown / total,
        });
    });
    return [...byEntry.values()].sort((a, b) => b.score - a.score || a.entry - b.entry);
  }

  /** The idf-weighted share of the doc's heading units the message matched. */
  #headingCover(doc: IndexedDoc, matched: Set<string>): number {
    let all = 0;
    let hit = 0;
    for (const terms of doc.headingUnits) {
      const weight = Math.max(...terms.map((t) => this.#idf(t)));
      all += weight;
      if (terms.some((t) => matched.has(t))) hit += weight;
    }
    return all > 0 ? hit / all : 0;
  }

  /**
   * Reads a text for this knowledge: in `language` when given, else in the language it is
   * detected in, else in the knowledge's own.
   *
   * @example
   * index.unitsOf('¿Cuánto cuesta?', 'es')
   */
  unitsOf(text: string, language?: string): TextUnit[] {
    const reader = this.#set.get(language) ?? this.#set.get(this.#set.detect(text)) ?? this.languages[0]!;
    return textUnits(text, reader, this.languages, this.#quiet);
  }

  /**
   * The best matches for `query`, best first (at most `limit`), without any threshold: for
   * callers that choose among passages themselves (a remote model's prompt).
   *
   * @example
   * index.search('Where is my order?', 3).map((hit) => hit.answer)
   */
  search(query: string, limit = 3): KnowledgeHit[] {
    return this.rank(this.unitsOf(query).map((unit) => ({ unit, scale: 1 }))).slice(0, limit);
  }
}

/** Enough for every bot a middleware instance serves; the oldest index is dropped beyond it. */
const MAX_CACHED = 200;

interface Cache {
  byArray: WeakMap<readonly KnowledgeItem[], KnowledgeIndex>;
  byHash: Map<string, KnowledgeIndex>;
}
const caches = new WeakMap<LanguageSet, Cache>();

/**
 * The index for a knowledge list, built once per knowledge version (and language set). The
 * store hands out a new array on every fetch, so the WeakMap alone would rebuild each time: a
 * content hash catches identical knowledge behind a new array.
 *
 * @example
 * const hits = knowledgeIndexFor(bot.knowledge ?? []).search(text);
 */
export function knowledgeIndexFor(
  knowledge: readonly KnowledgeItem[],
  languages: LanguageSet = LANGUAGES,
): KnowledgeIndex {
  let cache = caches.get(languages);
  if (!cache) {
    cache = { byArray: new WeakMap(), byHash: new Map() };
    caches.set(languages, cache);
  }
  const cached = cache.byArray.get(knowledge);
  if (cached) return cached;
  const hash = createHash('sha1').update(JSON.stringify(knowledge)).digest('base64');
  let index = cache.byHash.get(hash);
  if (index) cache.byHash.delete(hash);
  else index = new KnowledgeIndex(knowledge, languages);
  cache.byHash.set(hash, index);
  if (cache.byHash.size > MAX_CACHED) cache.byHash.delete(cache.byHash.keys().next().value as string);
  cache.byArray.set(knowledge, index);
  return index;
}
