/**
 * Text helpers shared by the extractors. Matching runs on a *folded* copy of each
 * message, in which typographic quotes and spaces become their ASCII forms one
 * character for one, so every offset found in the folded copy is also an offset in
 * the original and values can be cut from what the visitor really typed.
 */

const FOLD: Readonly<Record<string, string>> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\r': '\n',
};

/**
 * Replaces curly quotes, odd spaces, direction marks and full-width forms one-for-one,
 * keeping every offset valid.
 *
 * @example
 * foldText('I’m Siobhán'); // "I'm Siobhán"
 */
export function foldText(text: string): string {
  return text.replace(
    /[\u2019\u2018\u02bc\u00b4`\u201c\u201d\u00a0\u2009\u202f\r\u200b\u200e\u200f\u061c\u3000\uff01-\uff5e]/g,
    (c) => FOLD[c] ?? fullWidth(c),
  );
}

/**
 * Full-width forms ("ｍａｒｉａ＠ｅｘａｍｐｌｅ．ｃｏｍ", "（at）") as their ASCII letters, and
 * direction marks and other invisible spaces as a space: one UTF-16 unit for one.
 */
function fullWidth(c: string): string {
  const code = c.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ' ';
}

/** How the visitor typed a message: casing only says something when it is mixed. */
export type Casing = 'mixed' | 'lower' | 'upper';

/**
 * Classifies the casing of a message: all lower-case and all upper-case text carry
 * no signal about proper nouns, so the name rules fall back on the lexicon there.
 *
 * @example
 * casingOf('hi this is maria'); // "lower"
 */
export function casingOf(text: string): Casing {
  const upper = /\p{Lu}/u.test(text);
  const lower = /\p{Ll}/u.test(text);
  if (upper && lower) {
    // One capital at the very start ("Hi this is maria") is the phone's auto-capital,
    // not the visitor marking a proper noun.
    const rest = text.replace(/^\P{L}*\p{Lu}/u, '').replace(/\bI(?=\b|')/g, 'i');
    return /\p{Lu}/u.test(rest) ? 'mixed' : 'lower';
  }
  if (upper) return 'upper';
  return 'lower';
}

/**
 * Blanks spans (addresses, phone numbers) out of a message with U+FFFC, one for one,
 * so the name rules see a boundary there and offsets stay valid.
 *
 * @example
 * maskSpans('Maria maria@x.com', [[6, 17]]); // "Maria ￼￼￼￼￼￼￼￼￼￼￼"
 */
export function maskSpans(text: string, spans: readonly (readonly [number, number])[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    parts.push(text.slice(at, from), '\uFFFC'.repeat(end - from));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
