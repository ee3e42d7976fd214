import { functionWords } from './function-words.js';
import type { LanguagePack } from './intake-data.js';
import type { LanguageData } from './language-data.js';
import { createLanguageSet, type LanguageSet } from './language-set.js';
import { LANGUAGE_DATA } from './registry.js';

/**
 * The bot's view of one language: its `intake` data with the code, the frequency list and
 * the function words (followed by the curated stop words) that the language names once for
 * every use.
 *
 * @example
 * intakePack(de)?.stopwords.includes('nicht') // true
 */
export function intakePack(language: LanguageData): LanguagePack | undefined {
  const { intake } = language;
  if (!intake) return undefined;
  return {
    code: language.code,
    ...(language.frequencyList === undefined ? {} : { frequencyList: language.frequencyList }),
    ...intake,
    stopwords: [...functionWords(language), ...intake.stopwords],
  };
}

/**
 * Every language the built-in bot speaks (those of `registry.ts` with an `intake` part),
 * English first (the fallback).
 *
 * @example
 * ALL_LANGUAGE_PACKS.map((pack) => pack.code) // ['en', 'de', …]
 */
export const ALL_LANGUAGE_PACKS: readonly LanguagePack[] = LANGUAGE_DATA.flatMap((language) => {
  const pack = intakePack(language);
  return pack ? [pack] : [];
});

/**
 * The shipped languages, compiled once.
 *
 * @example
 * LANGUAGES.detect('Wie lange dauert die Lieferung?') // 'de'
 */
export const LANGUAGES: LanguageSet = createLanguageSet(ALL_LANGUAGE_PACKS);

/**
 * The name of a language in another one, from the runtime's ICU data ("English" in German is
 * "Englisch").
 *
 * @example
 * languageName('en', 'de') // 'Englisch'
 */
export function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
