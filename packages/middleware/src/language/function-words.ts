/// <reference path="./stopword.d.ts" />
import * as stopword from 'stopword';
import type { LanguageData } from './language-data.js';

/**
 * A language's function words ("auf", "nicht", "pero", "и"), from its `stopwordList` in the
 * `stopword` package, as the package spells them; none when the package lacks the list. The
 * one source of function words for both extraction and the built-in bot.
 *
 * @example
 * functionWords(de).includes('nicht') // true
 */
export function functionWords(language: Pick<LanguageData, 'stopwordList'>): readonly string[] {
  const list = (stopword as unknown as Record<string, unknown>)[language.stopwordList];
  return Array.isArray(list) ? list.map((word) => String(word)) : [];
}
