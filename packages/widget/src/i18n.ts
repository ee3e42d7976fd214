import type { Plural } from './locales/en.js';
import type { Strings } from './strings.js';

/** The languages the widget ships texts for; each is a chunk of its own, loaded when used. */
export const LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'tr',
  'ru',
  'uk',
  'ar',
  'he',
  'zh',
  'ja',
  'ko',
] as const;
/** @example const l: Language = 'de'; */
export type Language = (typeof LANGUAGES)[number];

/** Loads one language's texts. @example (language) => import(`./locales/${language}.js`) */
export type LoadLocale = (language: Language) => Promise<{ locale: Strings }>;

/**
 * The first candidate tag whose language has texts, as `[tag, language]`: the tag as given
 * (for `lang` and `Intl`: `pt-BR` keeps its region), the language for the texts. English
 * when none has.
 *
 * @example
 * pickLanguage(['sv', 'de-AT', 'en']) // ['de-AT', 'de']
 */
export function pickLanguage(candidates: readonly (string | undefined)[]): [tag: string, language: Language] {
  for (const tag of candidates) {
    const base = tag?.trim().split(/[-_]/)[0]?.toLowerCase() as Language;
    if (tag && LANGUAGES.includes(base)) return [tag.trim(), base];
  }
  return ['en', 'en'];
}

/**
 * Fills `{name}` placeholders; a plural text picks its form for `n` by the language's rules.
 *
 * @example
 * say('de', { one: '{n} Nachricht', other: '{n} Nachrichten' }, { n: 3 }) // '3 Nachrichten'
 */
export function say(
  tag: string,
  text: string | Plural,
  values: Record<string, string | number> = {},
): string {
  const form =
    typeof text === 'string' ? text : (text[new Intl.PluralRules(tag).select(+values.n!)] ?? text.other);
  return form.replace(/\{(\w+)\}/g, (all, key: string) => String(values[key] ?? all));
}
