import { createRequire } from 'node:module';

/**
 * Broad stop-word lists per language from `stopwords-iso` (MIT; the collection behind most
 * search engines' lists, ~300–1,300 words a language). The curated lists of the language
 * packs are short on purpose, so everyday words ("tener", "everything", "somewhere") were
 * read as topics, and a paraphrase that used them looked like a question the knowledge does
 * not cover. These lists are generic: a compiled language keeps every word its pack gives a
 * meaning to (glossary, chat spellings, vague asks) as a word, see `compileLanguage`.
 */

let lists: Record<string, string[]> | null | undefined;

/**
 * The broad stop words of a language (ISO 639-1 code), or none when the collection lacks it.
 *
 * @example
 * generalStopwords('es').includes('tener') // true
 */
export function generalStopwords(code: string): readonly string[] {
  if (lists === undefined) {
    try {
      lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
    } catch {
      // Without the data the curated lists still work alone.
      lists = null;
    }
  }
  return lists?.[code] ?? [];
}
