import type { Contact, Message } from '@supportbridge/shared';
import { extractContact } from '../extraction/extract-contact.js';

/**
 * The visitor's contact as best known: what the transcript says, overridden field by field
 * by what was given explicitly (the host page's `identify`, or the visitor correcting the
 * address on the receipt) — an explicit statement beats an inference. The name is made
 * plain text once, here, so every place that shows it (Reply-To, subject, body, API) shows
 * the same thing.
 *
 * @example
 * contactOf(messages, { email: 'maria@example.com' })
 */
export function contactOf(messages: readonly Pick<Message, 'type' | 'text'>[], given: Contact): Contact {
  const extracted = extractContact(messages);
  const merged: Contact = { ...extracted };
  if (given.name) merged.name = given.name;
  if (given.email) {
    merged.email = given.email;
    // Only an email given with a valid signature (or by the site's server) is verified.
    if (given.emailVerified) merged.emailVerified = true;
  }
  if (given.phone) merged.phone = given.phone;
  const name = merged.name === undefined ? '' : plainName(merged.name);
  if (name) merged.name = name;
  else delete merged.name;
  return merged;
}

/**
 * A person's name as plain text fit for a display name: MIME encoded-words
 * (`=?utf-8?B?…?=`) decoded exactly once, what a second decoding would act on
 * neutralised, control characters and line breaks removed, whitespace collapsed. A
 * "name" that looks like an address (`@`, `<`, `>`) is no name: an agent would read it as
 * a second, forged-looking address in the Reply-To line. Returns '' for no usable name.
 *
 * @example
 * plainName('=?utf-8?Q?Ana=0D=0ABcc:_x@evil.test?=') // "" (decodes to an address-like text)
 * plainName('  Zoë\u0007  Müller ') // "Zoë Müller"
 */
export function plainName(value: string): string {
  const text = decodeEncodedWords(value)
    .replace(ENCODED_WORD_OPENER, '= ?')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b\ufeff]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/[@<>]/.test(text)) return '';
  return [...text].slice(0, 100).join('');
}

/** An RFC 2047 encoded-word, the lenient way mail clients read it. */
const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?]*)\?=/g;
const ENCODED_WORD_OPENER = /=\?/g;

/** Decodes RFC 2047 encoded-words; whitespace between two adjacent words is dropped, as the RFC says. */
function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  return value
    .replace(/(\?=)\s+(?==\?)/g, '$1')
    .replace(ENCODED_WORD, (word, charset: string, encoding: string, data: string) => {
      try {
        const bytes =
          encoding.toUpperCase() === 'B'
            ? Buffer.from(data, 'base64')
            : Buffer.from(
                data
                  .replace(/_/g, ' ')
                  .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) =>
                    String.fromCharCode(Number.parseInt(hex, 16)),
                  ),
                'latin1',
              );
        // RFC 2231 allows a language after the charset: "utf-8*en".
        return new TextDecoder(charset.split('*')[0]).decode(bytes);
      } catch {
        return word; // An unknown charset: left as written (and neutralised by the caller).
      }
    });
}
