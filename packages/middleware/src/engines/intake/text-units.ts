import type { Language } from '../../language/compile-language.js';
import { fold, tokenize } from '../../language/words.js';
import { MATCH } from './match-weights.js';

/**
 * One meaningful piece of a text: a content word, or a phrase of the glossary ("how much",
 * "opening hours"). `terms` are the index terms it may match, each with how much a match on
 * it is worth: `w:` a word stem, `c:` a glossary concept shared by all languages.
 *
 * @example
 * const unit: TextUnit = { terms: new Map([['w:refund', 1], ['c:refund', 1]]), words: ['refund'], wordTerms: ['w:refund'], rarity: 1 };
 */
export interface TextUnit {
  terms: Map<string, number>;
  /** The unit's content words, folded, as typed: what typo and compound matching compare. */
  words: string[];
  /** The `w:` term of each of `words`, in the text's own language. */
  wordTerms: string[];
  /**
   * How rare the unit's words are in the language at large, 0–1: 1 for a word outside the
   * 10,000 most frequent, less for everyday words. What a word the knowledge lacks weighs.
   */
  rarity: number;
  /**
   * Terms the unit may stand for when none of its own terms is known: the stems of words a
   * thesaurus puts with its words ("attic" → "loft"), each with how much such a match is worth.
   */
  related?: Map<string, number>;
}

/** The 10,000 of the frequency lists: a word ranked there is common. */
const LISTED = 10_000;

/** A number says which one, rarely what about: "order 48213", "8 years". */
const NUMBER = /^\d+(?:[.,:]\d+)*(?:st|nd|rd|th|x)?$/;

/**
 * Reads a text in `language` into units. `others` are the languages of the knowledge it will
 * be compared with: their stemmers and glossaries read the same words too, so "wifi" in a
 * German question meets "WiFi" in English knowledge, and an English word typed into a French
 * question still finds its concept. `quiet` are further languages whose small words are skipped.
 *
 * @example
 * textUnits('how much is shipping?', en).map((u) => [...u.terms.keys()]) // [['c:price'], ['w:ship', 'c:deliver']]
 */
export function textUnits(
  text: string,
  language: Language,
  others: readonly Language[] = [],
  quiet: readonly Language[] = [],
): TextUnit[] {
  // A small word of any language the bot speaks is no topic, even mixed into another: "Hola!
  // Me llamo Carlos. I want to return coffee".
  const small = (word: string) => language.isStopword(word) || quiet.some((l) => l.isStopword(word));
  const words: string[] = [];
  const parts: (string[] | undefined)[] = [];
  for (const token of tokenize(text)) {
    const long = language.shorthand(token.word);
    if (long)
      for (const t of tokenize(long)) {
        words.push(t.word);
        parts.push(t.parts);
      }
    else {
      words.push(token.word);
      parts.push(token.parts);
    }
  }
  const readers = [language, ...others.filter((l) => l !== language)];
  const stems = readers.map((l) => words.map((w) => l.stem(w)));
  const units: TextUnit[] = [];
  const claimed = new Set<number>();
  // Glossary phrases first, longest first within each reader.
  readers.forEach((reader, r) => {
    const readerStems = stems[r] ?? [];
    for (let i = 0; i < words.length; i++) {
      const found = reader.conceptsAt(readerStems, i);
      if (!found) continue;
      const span = Array.from({ length: found.span }, (_, k) => i + k);
      // Another language's glossary may not turn this language's small words into a topic
      // (German "ändern" and English "and" share a stem).
      if (r > 0 && span.every((k) => language.isStopword(words[k] ?? ''))) continue;
      // A phrase overlapping one already read adds its concepts to that unit.
      const owner = units.find((u) => span.some((k) => (u as UnitWithSpan).span.includes(k))) as
        | UnitWithSpan
        | undefined;
      const unit = owner ?? newUnit(span);
      for (const key of found.keys) unit.terms.set(`c:${key}`, 1);
      if (!owner) units.push(unit);
      for (const k of span) claimed.add(k);
      i += found.span - 1;
    }
  });
  for (const unit of units as UnitWithSpan[]) {
    for (const k of unit.span) addWord(unit, k);
  }
  for (let i = 0; i < words.length; i++) {
    if (claimed.has(i)) continue;
    const unit = newUnit([i]);
    addWord(unit, i);
    if (unit.words.length > 0) units.push(unit);
  }
  return (units as UnitWithSpan[])
    .filter((u) => u.terms.size > 0)
    .map(({ terms, words: w, wordTerms, rarity, related }) => ({
      terms,
      words: w,
      wordTerms,
      rarity,
      ...(related.size > 0 && { related }),
    }));

  function addWord(unit: UnitWithSpan, k: number) {
    const word = words[k] ?? '';
    if (NUMBER.test(word) || word.length < 2 || small(word)) return;
    // "est-ce", "est-il": pieces that are all small words.
    if (parts[k]?.every(small)) return;
    unit.words.push(fold(word));
    for (const other of language.related(word))
      if (!language.isStopword(other)) unit.related.set(`w:${language.stem(other)}`, MATCH.related);
    unit.wordTerms.push(`w:${stems[0]?.[k] ?? word}`);
    const rank = language.frequencyRank(word);
    unit.rarity = Math.max(
      unit.words.length > 1 ? unit.rarity : 0,
      rank ? Math.log(rank) / Math.log(LISTED) : 1,
    );
    const set = (term: string, weight: number) => {
      if ((unit.terms.get(term) ?? 0) < weight) unit.terms.set(term, weight);
    };
    readers.forEach((reader, r) => {
      const stem = stems[r]?.[k];
      if (stem) set(`w:${stem}`, 1);
      // "check-up", "U-Bahn-Station", "schwarz-weiß": each piece may name something.
      for (const part of parts[k] ?? []) {
        if (part.length < 3 || reader.isStopword(part)) continue;
        const partStem = reader.stem(part);
        set(`w:${partStem}`, MATCH.part);
        for (const key of reader.conceptsAt([partStem], 0)?.keys ?? []) set(`c:${key}`, MATCH.part);
      }
      if (![...unit.terms.keys()].some((t) => t.startsWith('c:')))
        for (const key of reader.compoundConcepts(word)) set(`c:${key}`, MATCH.part);
    });
  }
}

interface UnitWithSpan extends TextUnit {
  span: number[];
  related: Map<string, number>;
}

const newUnit = (span: number[]): UnitWithSpan => ({
  terms: new Map(),
  words: [],
  wordTerms: [],
  rarity: 1,
  related: new Map(),
  span,
});
