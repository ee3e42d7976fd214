import type { LanguageData } from './language-data.js';
import { ar } from './packs/ar.js';
import { cs } from './packs/cs.js';
import { da } from './packs/da.js';
import { de } from './packs/de.js';
import { el } from './packs/el.js';
import { en } from './packs/en.js';
import { es } from './packs/es.js';
import { fa } from './packs/fa.js';
import { fi } from './packs/fi.js';
import { fr } from './packs/fr.js';
import { he } from './packs/he.js';
import { hi } from './packs/hi.js';
import { id } from './packs/id.js';
import { it } from './packs/it.js';
import { ja } from './packs/ja.js';
import { ko } from './packs/ko.js';
import { nl } from './packs/nl.js';
import { pl } from './packs/pl.js';
import { pt } from './packs/pt.js';
import { ru } from './packs/ru.js';
import { sv } from './packs/sv.js';
import { tr } from './packs/tr.js';
import { uk } from './packs/uk.js';
import { ur } from './packs/ur.js';
import { vi } from './packs/vi.js';
import { zh } from './packs/zh.js';

/**
 * Every language the middleware ships, English first (the bot's fallback). Extraction reads
 * the `contact` part of all of them; the built-in bot speaks those with an `intake` part, in
 * this order. Adding a language is adding its file under `packs/` and its name here.
 *
 * @example
 * LANGUAGE_DATA.filter((language) => language.intake).map(({ code }) => code) // ['en', 'de', …]
 */
export const LANGUAGE_DATA: readonly LanguageData[] = [
  en,
  de,
  fr,
  es,
  it,
  pt,
  nl,
  pl,
  tr,
  ru,
  uk,
  ar,
  he,
  fa,
  zh,
  ja,
  ko,
  el,
  sv,
  da,
  fi,
  cs,
  vi,
  hi,
  id,
  ur,
];
