import type { Language } from '../../language/compile-language.js';
import { tokenize } from '../../language/words.js';

/** A sum of money: a currency sign or code next to a number, either side. */
const AMOUNT =
  /(?:[€£$₺]|\b(?:eur|gbp|usd|chf|pln|try)\b)\s?\d|\d(?:[.,]\d+)?\s?(?:[€£$₺]|(?:eur|euros?|zł|zl|pln|chf|tl)(?![\p{L}]))/iu;

/** The glossary concept every language reads "how much", "Preis", "cuánto cuesta" into. */
const PRICE = 'c:price';
/** The concept of "how long", "wie lange", "cuánto tarda". */
const DURATION = 'c:duration';
/** Glossary concepts of units of time: a number before one ("14 days", "3 Wochen") is a duration. */
const TIME_UNITS = new Set(['minute', 'hours', 'hour', 'day', 'week', 'month', 'year']);

/** True when the text states a length of time ("within 14 days", "10 Jahre", "60–90 minutes"). */
function statesDuration(text: string, language: Language): boolean {
  const tokens = tokenize(text);
  const stems = tokens.map((t) => language.stem(t.word));
  return tokens.some(
    (token, i) =>
      /^\d/.test(token.word) &&
      [1, 2].some((k) => language.conceptsAt(stems, i + k)?.keys.some((key) => TIME_UNITS.has(key))),
  );
}

/**
 * The question-word concepts a text answers by what it states rather than by its words: an
 * amount of money answers "how much" ("€49", "12,50 €", "£9 a month"), a number with a unit of
 * time answers "how long" ("within 14 days", "10 Jahre"). The units of time are the glossary
 * concepts of the text's language, so this works in every language that lists them.
 *
 * @example
 * answerTypes('Refunds arrive within 14 days, for a £3 fee.', en) // ['c:price', 'c:duration']
 */
export function answerTypes(text: string, language: Language): string[] {
  const out: string[] = [];
  if (AMOUNT.test(text)) out.push(PRICE);
  if (statesDuration(text, language)) out.push(DURATION);
  return out;
}
