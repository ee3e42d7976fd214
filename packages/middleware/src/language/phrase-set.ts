/**
 * A set of phrases found in text by a lookup on their first character, not by one huge
 * regular expression: thousands of phrases in twenty languages as a regex alternation cost
 * tens of milliseconds per test, this costs microseconds. Text and phrases are compared in
 * lower case; a space in a phrase matches any run of whitespace; a phrase that starts or
 * ends with a letter of a spaced script must sit on a word boundary there; a phrase marked
 * `^` counts only at a line or sentence start, after an optional greeting.
 */

/** One occurrence: where it starts and ends in the text, and the phrase found. */
export interface PhraseHit {
  start: number;
  end: number;
  phrase: string;
}

const LETTER = /[\p{L}\p{M}]/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const SPACE = /\s/u;
/** What may stand before a sentence start: a line break or the end of a sentence. */
const SENTENCE_END = /[\n.!?。！？]/u;

interface Entry {
  /** The phrase's characters, lower case, with every run of spaces as one ' '. */
  text: string;
  anchored: boolean;
  bounded: { start: boolean; end: boolean };
}

/**
 * Lower-cases text one UTF-16 unit for one, so offsets stay valid ("İ" stays as it is
 * rather than growing into two units).
 *
 * @example
 * lowerKeepingOffsets('Ärger İst') // "ärger İst"
 */
export function lowerKeepingOffsets(text: string): string {
  let out = '';
  for (const c of text) {
    // Turkish "İ" lowers to "i" plus a combining dot: keep one unit, as plain "i".
    const lower = c === 'İ' ? 'i' : c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

/**
 * Phrases of a field, compiled for lookups.
 *
 * @example
 * const greetings = new PhraseSet(['hi', 'guten tag']);
 * greetings.findAll('Guten Tag, hi!') // [{ start: 0, end: 9, … }, { start: 11, end: 13, … }]
 */
export class PhraseSet {
  readonly #byFirst = new Map<string, Entry[]>();
  /** Phrases that may appear only at a sentence start need the greetings that may precede them. */
  readonly #greetings: PhraseSet | undefined;

  /**
   * @param greetings what may stand before a `^` phrase at a sentence start ("Hi, yes, |it's
   *   Tom"); `'self'` for a set of such openers that may follow one another.
   */
  constructor(phrases: Iterable<string>, greetings?: PhraseSet | 'self') {
    this.#greetings = greetings === 'self' ? this : greetings;
    for (const raw of phrases) {
      const anchored = raw.startsWith('^');
      const text = raw.replace(/^\^/, '').toLowerCase().trim().replace(/\s+/g, ' ');
      if (!text) continue;
      const first = text.charAt(0);
      const last = text.charAt(text.length - 1);
      const entry: Entry = {
        text,
        anchored,
        bounded: {
          start: LETTER.test(first) && !UNSPACED.test(first),
          end: LETTER.test(last) && !UNSPACED.test(last),
        },
      };
      const bucket = this.#byFirst.get(first) ?? [];
      bucket.push(entry);
      this.#byFirst.set(first, bucket);
    }
    for (const bucket of this.#byFirst.values()) bucket.sort((a, b) => b.text.length - a.text.length);
  }

  /** The longest phrase that starts exactly at `index` of lower-cased `text`, if any. */
  matchAt(text: string, index: number): PhraseHit | undefined {
    const bucket = this.#byFirst.get(text.charAt(index));
    if (!bucket) return undefined;
    for (const entry of bucket) {
      if (entry.bounded.start && index > 0 && LETTER.test(text.charAt(index - 1))) continue;
      const end = this.#compare(entry.text, text, index);
      if (end < 0) continue;
      if (entry.bounded.end && end < text.length && LETTER.test(text.charAt(end))) continue;
      if (entry.anchored && !this.atSentenceStart(text, index)) continue;
      return { start: index, end, phrase: entry.text };
    }
    return undefined;
  }

  /** Every occurrence, left to right, the longest at each place, never overlapping. */
  findAll(text: string): PhraseHit[] {
    const lower = lowerKeepingOffsets(text);
    const hits: PhraseHit[] = [];
    for (let index = 0; index < lower.length; index++) {
      const hit = this.matchAt(lower, index);
      if (hit) {
        hits.push(hit);
        index = hit.end - 1;
      }
    }
    return hits;
  }

  /** Whether any phrase occurs in the text. */
  test(text: string): boolean {
    const lower = lowerKeepingOffsets(text);
    for (let index = 0; index < lower.length; index++) if (this.matchAt(lower, index)) return true;
    return false;
  }

  /** Whether the whole text (trimmed, without surrounding punctuation) is one phrase. */
  isWhole(text: string): boolean {
    const trimmed = lowerKeepingOffsets(text).replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
    return this.matchAt(trimmed, 0)?.end === trimmed.length && trimmed.length > 0;
  }

  /**
   * Whether `index` starts a sentence: nothing but spaces before it since a line break or a
   * sentence end, or only a greeting ("Hi, |it's Tom", "Bonsoir, |ici Aminata").
   */
  atSentenceStart(text: string, index: number): boolean {
    let at = index;
    while (at > 0 && /[\s,，、:;!-]/u.test(text.charAt(at - 1))) at--;
    if (at === 0 || SENTENCE_END.test(text.charAt(at - 1))) return true;
    if (!this.#greetings) return false;
    // Walk back over one greeting that itself starts the sentence, perhaps followed by the
    // name of whom it greets: "Hi, |it's Tom", "hi sam, |it's Ingrid", "היי רוני, |כאן יונתן".
    const greetingEndsAt = (end: number): boolean => {
      for (let start = end - 1; start >= 0 && end - start <= 40; start--) {
        const hit = this.#greetings?.matchAt(text, start);
        if (hit && hit.end === end) return this.#greetings?.atSentenceStart(text, start) ?? false;
      }
      return false;
    };
    if (greetingEndsAt(at)) return true;
    const word = /[\p{L}\p{M}'-]+$/u.exec(text.slice(Math.max(0, at - 30), at));
    if (!word) return false;
    let before = at - word[0].length;
    if (before === 0 || !/\s/u.test(text.charAt(before - 1))) return false;
    while (before > 0 && /\s/u.test(text.charAt(before - 1))) before--;
    return greetingEndsAt(before);
  }

  /** Where `phrase` ends when it matches `text` at `index` (spaces as any whitespace), or -1. */
  #compare(phrase: string, text: string, index: number): number {
    let at = index;
    for (let i = 0; i < phrase.length; i++) {
      const c = phrase.charAt(i);
      if (c === ' ') {
        if (!SPACE.test(text.charAt(at))) return -1;
        while (at < text.length && SPACE.test(text.charAt(at))) at++;
      } else {
        if (text.charAt(at) !== c) return -1;
        at++;
      }
    }
    return at;
  }
}
