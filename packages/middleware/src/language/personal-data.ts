/**
 * Digits as people write a phone number: a candidate only. Check it (`isPhone`, or a count of
 * digits) before treating it as one: "2024-03-05" and "48213" match too.
 *
 * @example
 * 'call +49 30 1234567'.match(PHONE_IN_TEXT) // ['+49 30 1234567']
 */
export const PHONE_IN_TEXT = /\+?\d[\d\s().-]{6,}\d/g;

/**
 * Whether a `PHONE_IN_TEXT` match is long enough to be a phone number: nine digits or more,
 * so a date ("2024-03-05") or an order number ("48213") is not one.
 *
 * @example
 * looksLikePhone('+49 30 1234567') // true
 */
export const looksLikePhone = (match: string): boolean => match.replace(/\D/g, '').length >= 9;

// A word as a name part is written: letters and marks, with inner apostrophes ("O'Brien").
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * Replaces each word of `text` that is a part of `name` (case-insensitive, parts of two
 * letters or more, split at spaces and hyphens) with `replacement`. Letter-aware, so "Ø" and
 * "é" count as letters where `\b` would not; one compiled pattern and a set lookup, however
 * long the name.
 *
 * @example
 * replaceNameParts("I'm Jean-Luc Øvergaard, order late", 'Jean-Luc Øvergaard', ' ') // "I'm  -  , order late"
 */
export function replaceNameParts(text: string, name: string | undefined, replacement: string): string {
  const parts = new Set(
    (name ?? '')
      .split(/[\s-]+/)
      .filter((part) => part.length > 1)
      .map((part) => part.toLocaleLowerCase()),
  );
  if (parts.size === 0) return text;
  return text.replace(WORD, (word) => (parts.has(word.toLocaleLowerCase()) ? replacement : word));
}
