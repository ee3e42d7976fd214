import { editDistance } from '../../language/words.js';
import { MATCH } from './match-weights.js';

/** Shortest word compared for typos or compound parts: "cat" and "car" are not typos of each other. */
const MIN_LENGTH = 4;

/** Shortest part two compounds must share: "pass" in "Passfoto" and "Passwort" is chance. */
const SHARED_PART = 5;

/** Typos allowed: one in a word of four to seven letters, two from eight letters on. */
const maxEdits = (word: string) => (word.length >= 8 ? 2 : 1);

/** Every way to delete up to `edits` letters from a word (symmetric-delete spelling correction). */
function deletions(word: string, edits: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let e = 0; e < edits; e++) {
    const next: string[] = [];
    for (const w of frontier)
      for (let i = 0; i < w.length; i++) {
        const d = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(d)) {
          out.add(d);
          next.push(d);
        }
      }
    frontier = next;
  }
  return out;
}

/**
 * The knowledge's words as typed (folded), for what stems cannot see: a typo ("insurence"),
 * a compound that holds a known word ("Bibliotheksausweis" holds "Ausweis"), a known word
 * that starts another ("implantı" starts with "implant"). Each word leads to its index term.
 *
 * @example
 * const finder = new WordFinder(); finder.add('insurance', 'w:insur'); finder.near('insurence') // Map { 'w:insur' => 0.8 }
 */
export class WordFinder {
  readonly #terms = new Map<string, Set<string>>();
  readonly #deletes = new Map<string, Set<string>>();
  /** Starts and ends of known words (five letters or more) → the words. */
  readonly #parts = new Map<string, Set<string>>();

  add(word: string, term: string): void {
    if (word.length < MIN_LENGTH) return;
    const known = this.#terms.get(word);
    if (known) {
      known.add(term);
      return;
    }
    this.#terms.set(word, new Set([term]));
    for (const d of deletions(word, maxEdits(word))) this.#push(this.#deletes, d, word);
    for (let i = MIN_LENGTH; i < word.length; i++) {
      this.#push(this.#parts, `^${word.slice(0, i)}`, word);
      this.#push(this.#parts, `$${word.slice(word.length - i)}`, word);
    }
  }

  #push(map: Map<string, Set<string>>, key: string, word: string) {
    const set = map.get(key) ?? new Set<string>();
    set.add(word);
    map.set(key, set);
  }

  /**
   * The index terms of known words near `word`, with how much such a match is worth.
   *
   * @example
   * finder.near('bibliotheksausweis') // Map { 'w:ausweis' => 0.6 }
   */
  near(word: string): Map<string, number> {
    const out = new Map<string, number>();
    if (word.length < MIN_LENGTH) return out;
    const take = (known: string, weight: number) => {
      for (const term of this.#terms.get(known) ?? [])
        if ((out.get(term) ?? 0) < weight) out.set(term, weight);
    };
    take(word, 1);
    const edits = maxEdits(word);
    const seen = new Set<string>();
    for (const d of deletions(word, edits))
      for (const known of this.#deletes.get(d) ?? []) {
        if (seen.has(known)) continue;
        seen.add(known);
        if (editDistance(word, known, edits) <= edits) take(known, MATCH.typo);
      }
    // A known word that starts or ends this one: "implant" in "implantı", "ausweis" in "personalausweis".
    for (let i = MIN_LENGTH; i < word.length; i++) {
      if (this.#terms.has(word.slice(0, i))) take(word.slice(0, i), MATCH.part);
      if (this.#terms.has(word.slice(word.length - i))) take(word.slice(word.length - i), MATCH.part);
    }
    // This word starting or ending a known one: "gebühr" in "jahresgebühr".
    if (word.length > MIN_LENGTH) {
      for (const known of this.#parts.get(`^${word}`) ?? []) take(known, MATCH.part);
      for (const known of this.#parts.get(`$${word}`) ?? []) take(known, MATCH.part);
    }
    // A compound sharing a part with a known one: "ausleihe" and "leihfrist" share "leihe".
    if (word.length >= SHARED_PART * 2)
      for (let i = SHARED_PART; i <= word.length - SHARED_PART; i++)
        for (const side of [word.slice(0, i), word.slice(i)]) {
          for (const known of this.#parts.get(`^${side}`) ?? []) take(known, MATCH.part);
          for (const known of this.#parts.get(`$${side}`) ?? []) take(known, MATCH.part);
        }
    return out;
  }
}
