import { compileLanguage, type Language } from './compile-language.js';
import type { LanguagePack } from './intake-data.js';
import { fold, tokenize } from './words.js';

/**
 * The languages a bot can speak, compiled once, with detection over exactly those.
 *
 * @example
 * const set = createLanguageSet([en, de]); set.detect('Wie sind die Öffnungszeiten?') // 'de'
 */
export interface LanguageSet {
  /** The codes, in the order the packs were given. */
  readonly codes: readonly string[];
  /** The compiled language for a code ("de", "de-AT"), or undefined when none is known. */
  get(code: string | undefined): Language | undefined;
  /** The first language: what the bot falls back to. */
  readonly fallback: Language;
  /**
   * The language a text is written in, when the words say so clearly enough; undefined for a
   * name, an address, "ok" or a mix too close to call. `evidence` is how much the words must
   * claim (in words; defaults to about one): more to switch away from a language already spoken.
   */
  detect(text: string, evidence?: number): string | undefined;
}

/** How much clearer than the runner-up the winner must be. */
const MARGIN = 1.25;

/**
 * Compiles the packs into a set. Detection counts the words each language claims (its stop
 * words, glossary and chat spellings; a word several claim is shared between them) and the
 * letters only it uses. Short chat lines carry few words, so a line too close to call is left
 * undecided and the caller falls back on what it knew before.
 *
 * @example
 * const languages = createLanguageSet(ALL_LANGUAGE_PACKS);
 */
export function createLanguageSet(packs: readonly LanguagePack[]): LanguageSet {
  if (packs.length === 0) throw new TypeError('createLanguageSet needs at least one language pack');
  const compiled = packs.map(compileLanguage);
  const byCode = new Map(compiled.map((l) => [l.code, l]));
  // Which languages claim a folded word: stop words, glossary words and chat spellings.
  const claims = new Map<string, Set<string>>();
  const claim = (word: string, code: string) => {
    const key = fold(word);
    const set = claims.get(key) ?? new Set<string>();
    set.add(code);
    claims.set(key, set);
  };
  for (const language of compiled) {
    for (const word of language.pack.stopwords) claim(word, language.code);
    for (const word of Object.keys(language.pack.shorthand)) claim(word, language.code);
    for (const line of language.pack.concepts.split('\n'))
      for (const t of tokenize(line.slice(line.indexOf(':') + 1)))
        if (t.word.length > 2) claim(t.word, language.code);
  }
  const letters = compiled.map((l) => [l.code, new Set([...(l.pack.letters ?? '')])] as const);
  return {
    codes: compiled.map((l) => l.code),
    fallback: compiled[0]!,
    get(code) {
      if (!code) return undefined;
      return byCode.get(code.toLowerCase()) ?? byCode.get(code.toLowerCase().split(/[-_]/)[0] ?? '');
    },
    detect(text, evidence = 0.9) {
      const scores = new Map<string, number>();
      const add = (code: string, points: number) => scores.set(code, (scores.get(code) ?? 0) + points);
      // An address or a link is in no language: "maria@example.com" is not Portuguese.
      const words = text.replace(/\S+@\S+|\bhttps?:\/\/\S+/g, ' ');
      for (const { word } of tokenize(words)) {
        const claimedBy = claims.get(fold(word));
        if (!claimedBy) continue;
        // One or two letters say little: "a", "de", "in" belong to half of Europe.
        const weight = (word.length <= 2 ? 0.5 : 1) / claimedBy.size;
        for (const code of claimedBy) add(code, weight);
      }
      const lower = words.toLowerCase();
      // A letter hints, but names carry them too ("Jürgen", "Ayşe"): half a word.
      for (const [code, set] of letters) for (const letter of set) if (lower.includes(letter)) add(code, 0.5);
      const ranked = [...scores].sort((a, b) => b[1] - a[1]);
      const [first, second] = ranked;
      if (!first || first[1] < evidence) return undefined;
      if (second && first[1] < second[1] * MARGIN) return undefined;
      return first[0];
    },
  };
}
