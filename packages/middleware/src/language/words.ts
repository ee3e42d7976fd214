/**
 * Words as every part of the bot reads them: one tokenizer, one way to fold letters, one
 * way to tell a word's stem. Language-specific data (stemmers, stop words) comes from the
 * language packs; this file holds only what is the same for all of them.
 */

/** One word of a text, lower-cased, with where it starts. */
export interface Token {
  /** Lower-cased, typographic apostrophes made plain, inner hyphens removed ("e-book" → "ebook"). */
  word: string;
  /** Offset of the word in the text. */
  start: number;
  /** The pieces of a hyphenated word ("check-up" → "check", "up"), which may each mean something. */
  parts?: string[];
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’`-](?=[\p{L}\p{N}]))*/gu;

/**
 * The words of a text, in order. Elided articles are split off ("l'ouverture" → "l'",
 * "ouverture"); English contractions stay whole ("don't"); a possessive "'s" is dropped.
 *
 * @example
 * tokenize("L'e-book's price?").map((t) => t.word) // ["l'", 'ebook', 'price']
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    let word = match[0].replace(/[’`]/g, "'");
    let start = match.index;
    const apostrophe = word.indexOf("'");
    const elided = /^(?:[a-z]|qu|dell|dall|nell|sull|all|un)$/.test(word.slice(0, apostrophe));
    if (apostrophe > 0 && elided && word.length - apostrophe > 3) {
      out.push({ word: word.slice(0, apostrophe + 1), start });
      word = word.slice(apostrophe + 1);
      start += apostrophe + 1;
    }
    if (word.endsWith("'s")) word = word.slice(0, -2);
    const parts = word.includes('-') ? word.split('-').filter(Boolean) : undefined;
    out.push({ word: word.replace(/-/g, ''), start, ...(parts && { parts }) });
  }
  return out;
}

const FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};

/**
 * A word without accents and special letters, for comparing what visitors type without
 * them ("Gebuhr" for "Gebühr", "cocuk" for "çocuk").
 *
 * @example
 * fold('Öffnungszeiten') // 'offnungszeiten'
 */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßıłøæœđðþ]/g, (letter) => FOLDS[letter] ?? letter)
    .toLowerCase();
}

/**
 * True when the text has at least one letter or digit: punctuation and emoji alone say nothing.
 *
 * @example
 * hasWords('👍') // false
 */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * Damerau–Levenshtein distance, giving up (returning `max + 1`) as soon as it exceeds `max`.
 *
 * @example
 * editDistance('refnud', 'refund', 2) // 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        cost = Math.min(cost, (previous[j - 2] ?? 0) + 1);
      next.push(cost);
      if (cost < best) best = cost;
    }
    if (best > max) return max + 1;
    previous = row;
    row = next;
  }
  return row[b.length] ?? max + 1;
}

/**
 * Parses the `key: word, phrase, word` lines of a language pack's glossary.
 *
 * @example
 * parseGlossary('price: price, how much') // [['price', ['price', 'how much']]]
 */
export function parseGlossary(text: string): [key: string, words: string[]][] {
  const out: [string, string[]][] = [];
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim();
    const words = line
      .slice(colon + 1)
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean);
    if (key && words.length > 0) out.push([key, words]);
  }
  return out;
}
