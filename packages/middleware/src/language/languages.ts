import { de } from './lang/de.js';
import { en } from './lang/en.js';
import { es } from './lang/es.js';
import { fr } from './lang/fr.js';
import { it } from './lang/it.js';
import { nl } from './lang/nl.js';
import { pl } from './lang/pl.js';
import { pt } from './lang/pt.js';
import { tr } from './lang/tr.js';
import type { LanguagePack } from './language-pack.js';
import { createLanguageSet, type LanguageSet } from './language-set.js';

/**
 * Every language pack the middleware ships, English first (the fallback). Adding a language
 * is adding its file under `lang/` and its name here.
 *
 * @example
 * ALL_LANGUAGE_PACKS.map((pack) => pack.code) // ['en', 'de', …]
 */
export const ALL_LANGUAGE_PACKS: readonly LanguagePack[] = [en, de, fr, es, it, pt, nl, pl, tr];

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
