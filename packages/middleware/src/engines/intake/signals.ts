import type { Language } from '../../language/compile-language.js';
import type { LanguageSet } from '../../language/language-set.js';
import { LANGUAGES } from '../../language/languages.js';

/**
 * Small talk in any of the bot's languages: greetings, closings, a yes, a refusal. Short
 * messages say too little to tell their language, so every language is asked.
 */

const each = (set: LanguageSet) => set.codes.map((code) => set.get(code)) as Language[];

/**
 * True for a message that is only a greeting ("hi", "Good morning!", "Hallo Ava").
 *
 * @example
 * isGreeting('hello there!') // true
 */
export function isGreeting(text: string, botName?: string, set: LanguageSet = LANGUAGES): boolean {
  return each(set).some((l) => l.smallTalk.greeting(text, botName));
}

/**
 * True for a message that only thanks or closes ("thanks, that's all", "Danke, tschüss").
 *
 * @example
 * isThanks('Thank you so much!') // true
 */
export function isThanks(text: string, set: LanguageSet = LANGUAGES): boolean {
  return each(set).some((l) => l.smallTalk.closing(text));
}

/**
 * True for a short yes or confirmation ("yes please", "sure", "ja, genau").
 *
 * @example
 * isYes('yes thats right') // true
 */
export function isYes(text: string, set: LanguageSet = LANGUAGES): boolean {
  return each(set).some((l) => l.smallTalk.yes(text));
}

/**
 * True when the visitor declines to give a detail ("I'd rather not", "no thanks", a bare "no").
 *
 * @example
 * isDecline("I'd rather not say") // true
 */
export function isDecline(text: string, set: LanguageSet = LANGUAGES): boolean {
  return each(set).some((l) => l.smallTalk.decline.test(text) || l.smallTalk.no.test(text));
}

/**
 * True when the text names the contact detail ("my email", "meinen Namen").
 *
 * @example
 * namesField("I'd rather not say my name", 'name') // true
 */
export function namesField(text: string, field: 'name' | 'email', set: LanguageSet = LANGUAGES): boolean {
  return each(set).some((l) => (field === 'name' ? l.smallTalk.nameWord : l.smallTalk.emailWord).test(text));
}
