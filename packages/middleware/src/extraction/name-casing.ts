/**
 * Presentation of a name: a name typed all in lower or all in upper case is
 * title-cased ("maria garcia" → "Maria Garcia", "O'NEIL" → "O'Neil"); a name typed
 * in mixed case is the visitor's own spelling and is kept ("McDonald", "van der Berg").
 */
import { PARTICLES } from './name-words.js';

const capitalise = (part: string): string =>
  part.replace(
    /(^|[-'])(\p{Ll})/gu,
    (_match, before: string, letter: string) => before + letter.toUpperCase(),
  );

function titleCaseWord(word: string, first: boolean): string {
  const lower = word.toLowerCase();
  if (!first && PARTICLES.has(lower)) return lower;
  // Arabic article prefixes keep their lower-case article: "al-hassan" → "al-Hassan".
  const article = /^(al|el)-(.+)$/u.exec(lower);
  if (!first && article) return `${article[1]}-${capitalise(article[2] ?? '')}`;
  // "mcdonald" → "McDonald": the Mc prefix is always followed by a capital.
  return capitalise(lower).replace(/^Mc(\p{Ll})/u, (_match, letter: string) => `Mc${letter.toUpperCase()}`);
}

/**
 * Returns the name as it should be shown: title-cased when the visitor typed no case
 * information, unchanged when the casing is mixed (lower-case words of a mixed name
 * other than particles get a capital, particles keep theirs: "maria Garcia" → "Maria Garcia").
 *
 * @example
 * presentName(['ludwig', 'van', 'beethoven']); // "Ludwig van Beethoven"
 */
export function presentName(tokens: readonly string[]): string {
  const joined = tokens.join(' ');
  const hasUpper = /\p{Lu}/u.test(joined);
  const hasLower = /\p{Ll}/u.test(joined);
  if (hasUpper && hasLower) {
    return tokens
      .map((token, index) =>
        /\p{Lu}/u.test(token) || PARTICLES.has(token) ? token : titleCaseWord(token, index === 0),
      )
      .join(' ');
  }
  if (!hasUpper && !hasLower) return joined;
  return tokens.map((token, index) => titleCaseWord(token, index === 0)).join(' ');
}
