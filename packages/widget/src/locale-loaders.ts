import type { LoadLocale } from './i18n.js';
import { locale as en } from './locales/en.js';

/**
 * Each language's texts as a chunk of its own, for bundlers (`mount()`); the script-tag
 * build loads the same files by URL beside widget.js.
 *
 * @example
 * const { locale } = await loadLocale('de');
 */
export const loadLocale: LoadLocale = (language) => {
  switch (language) {
    case 'de':
      return import('./locales/de.js');
    case 'fr':
      return import('./locales/fr.js');
    case 'es':
      return import('./locales/es.js');
    case 'it':
      return import('./locales/it.js');
    case 'pt':
      return import('./locales/pt.js');
    case 'nl':
      return import('./locales/nl.js');
    case 'pl':
      return import('./locales/pl.js');
    case 'tr':
      return import('./locales/tr.js');
    case 'ru':
      return import('./locales/ru.js');
    case 'uk':
      return import('./locales/uk.js');
    case 'ar':
      return import('./locales/ar.js');
    case 'he':
      return import('./locales/he.js');
    case 'zh':
      return import('./locales/zh.js');
    case 'ja':
      return import('./locales/ja.js');
    case 'ko':
      return import('./locales/ko.js');
    default:
      // English is in the main chunk already: it is the defaults `mount()` exports.
      return Promise.resolve({ locale: en });
  }
};
