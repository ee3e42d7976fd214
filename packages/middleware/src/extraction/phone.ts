/**
 * Phone numbers, with libphonenumber-js. The visitor's country is unknown, so a
 * number is taken when it is written internationally ("+44 7911 123456",
 * "0044 7911 123456"), or when the context says it is a phone number (the bot asked
 * for one, or the visitor wrote "my mobile is ...") and a country can be inferred
 * from the visitor's e-mail domain. Numbers next to "order", "invoice", "tracking"
 * and the like are order references, not phones.
 */
import { type CountryCode, findPhoneNumbersInText, isSupportedCountry } from 'libphonenumber-js';

export interface PhoneMention {
  /** E.164, e.g. "+447911123456". */
  number: string;
  start: number;
  end: number;
}

const PHONE_WORDS =
  /\b(?:phone|mobile|cell|cellphone|tel|telephone|landline|whatsapp|call me|text me|ring me|reach me|callback|my number|number is)\b/i;
const REFERENCE_BEFORE =
  /(?:\b(?:order|invoice|ticket|tracking|ref|reference|account|acct|case|sku|serial|model|item|customer|booking|confirmation|parcel|shipment|id)\b(?:\s*(?:number|no\.?|nr\.?|num|#|id))?\s*[:#]?\s*|#\s*)$/i;
const NANP = /\(\d{3}\)\s?\d{3}[\s.-]\d{4}/;

/**
 * A country to read national numbers with, from the e-mail's country-code domain
 * ("maria@firma.de" → DE); undefined when the domain says nothing.
 *
 * @example
 * countryFromEmail('kofi@mail.com.gh'); // "GH"
 */
export function countryFromEmail(email: string | undefined): CountryCode | undefined {
  const tld = email?.split('.').at(-1)?.toUpperCase() ?? '';
  if (tld.length !== 2) return undefined;
  const code = tld === 'UK' ? 'GB' : tld;
  return isSupportedCountry(code) ? code : undefined;
}

/**
 * Phone numbers in a (folded) message.
 *
 * @example
 * findPhones('call me on +44 7911 123456', { phoneContext: false })[0]?.number; // "+447911123456"
 */
export function findPhones(
  text: string,
  options: { phoneContext: boolean; country?: CountryCode | undefined },
): PhoneMention[] {
  // "0044 ..." is the international prefix; " +" keeps every offset where it was.
  const prepared = text.replace(/(?<![\d+])00(?=[1-9]\d[\d\s().-]{6,})/g, ' +');
  const context = options.phoneContext || PHONE_WORDS.test(prepared);
  const country = options.country ?? (context && NANP.test(prepared) ? 'US' : undefined);
  const found = context && country ? findPhoneNumbersInText(prepared, { defaultCountry: country }) : [];
  const international = findPhoneNumbersInText(prepared);

  const mentions: PhoneMention[] = [];
  for (const match of [...international, ...found]) {
    if (!match.number.isValid()) continue;
    if (REFERENCE_BEFORE.test(prepared.slice(Math.max(0, match.startsAt - 30), match.startsAt))) continue;
    if (mentions.some((mention) => mention.start === match.startsAt)) continue;
    mentions.push({ number: match.number.number, start: match.startsAt, end: match.endsAt });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
