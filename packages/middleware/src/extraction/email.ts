/**
 * Finds e-mail addresses in a message, typed ("maria@x.com", "<maria@x.com>",
 * "mailto:maria@x.com", "MARIA@X.COM.") or spelled out ("maria dot garcia at gmail
 * dot com", "maria [at] gmail [dot] com", "maria (at) example (dot) org"), and
 * returns them lower-cased and validated, with their position for the context rules.
 */
import { isEmail } from '@supportbridge/shared';
import { STOP_WORDS_ALL_LANGUAGES } from '../language/compile-contact.js';
import { AT_WORDS, DOT_WORDS, GLUED_AT_WORDS, GLUED_DOT_WORDS } from './cues.js';

export interface EmailMention {
  address: string;
  start: number;
  end: number;
  /**
   * How the address was spelled out: `at` for a bare " at " with a typed domain
   * ("kim at kimlee.dev"), trusted only where an address is expected; `words` for
   * " at " and " dot " together, which no sentence says by accident; `none` otherwise.
   */
  spelled: 'none' | 'at' | 'words';
}

const PART = String.raw`[\p{L}\p{N}_%+'-]+`;
// "." and "@" typed, bracketed ("[dot]", "(at)", "*at*") or spelled in any language's word
// for them ("punkt", "arroba", "собака"), and a typed dot with spaces on both sides.
const OPEN = String.raw`\s*[\[({<*-]\s*`;
const CLOSE = String.raw`\s*[\])}>*-]\s*`;
// "[.]" and "(a)" bracketed; "艾特", "点" glued in scripts without spaces.
const DOT = String.raw`(?:${OPEN}(?:${DOT_WORDS}|\.)${CLOSE}|\s+(?:${DOT_WORDS})\s+|\s*(?:${GLUED_DOT_WORDS})\s*|\s+\.\s+|\.)`;
const AT = String.raw`(?:${OPEN}(?:${AT_WORDS}|@)${CLOSE}|\s*[[(]\s*a\s*[\])]\s*|\s+(?:${AT_WORDS})\s+|\s*(?:${GLUED_AT_WORDS})\s*|\s*@\s*)`;
/** In the domain, a stray space before the dot of a common top-level domain: "gmail .com". */
const COMMON_TLD =
  'com|net|org|edu|gov|info|biz|io|co|uk|de|fr|es|it|nl|be|ch|at|pl|cz|se|dk|no|fi|pt|gr|tr|ru|ua|il|ir|in|jp|cn|kr|br|mx|ar|au|ca';
const DOMAIN_DOT = String.raw`(?:${DOT}|\s+\.(?=(?:${COMMON_TLD})(?![\p{L}\p{N}])))`;
/** A spelled "@": a word, not the sign, not in brackets. */
const SPELLED_AT = new RegExp(String.raw`\s(?:${AT_WORDS})\s`, 'iu');
const SPELLED_DOT = new RegExp(String.raw`\s(?:${DOT_WORDS})\s`, 'iu');
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+'-])(${PART}(?:${DOT}${PART})*)${AT}(${PART}(?:${DOMAIN_DOT}${PART})+)`,
  'giu',
);
const ANY_DOT = new RegExp(DOMAIN_DOT, 'giu');

const OTHER_SCRIPT = String.raw`[\p{scx=Hebrew}\p{scx=Arabic}\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]`;
const GLUED_BEFORE = new RegExp(String.raw`^${OTHER_SCRIPT}+-?(?=[a-z0-9])`, 'iu');
const GLUED_AFTER = new RegExp(String.raw`(?<=[a-z0-9])${OTHER_SCRIPT}+$`, 'iu');

/** Words that open a sentence rather than an address: "meet me at home dot com". */
const NOT_LOCAL = new Set([
  'me',
  'us',
  'you',
  'him',
  'her',
  'them',
  'it',
  'is',
  'was',
  'are',
  'be',
  'look',
  'home',
  'work',
]);

/**
 * Every valid address in the text, in order.
 *
 * @example
 * findEmails('reach me at maria [at] gmail [dot] com')[0]?.address; // "maria@gmail.com"
 */
export function findEmails(text: string): EmailMention[] {
  const mentions: EmailMention[] = [];
  ADDRESS.lastIndex = 0;
  for (let match = ADDRESS.exec(text); match; match = ADDRESS.exec(text)) {
    const [matched, matchedLocal = '', matchedDomain = ''] = match;
    // Words of a script without Latin letters glued to a Latin address are not part of it:
    // Hebrew "ל-support@…" (to), Japanese "メールはnaoki@…jpです" (the mail is … it is).
    const lead = GLUED_BEFORE.exec(matchedLocal)?.[0].length ?? 0;
    const trail = GLUED_AFTER.exec(matchedDomain)?.[0].length ?? 0;
    const rawLocal = matchedLocal.slice(lead);
    const rawDomain = matchedDomain.slice(0, matchedDomain.length - trail);
    const whole = matched.slice(lead, matched.length - trail);
    const local = rawLocal
      .replace(ANY_DOT, '.')
      .replace(/^'+|'+$/g, '')
      .toLowerCase();
    const domain = rawDomain.replace(ANY_DOT, '.').toLowerCase();
    const address = `${local}@${domain}`;
    const bare = SPELLED_AT.test(whole) && !/[[({<*]/.test(whole) && !whole.includes('@');
    const spelled = !bare ? 'none' : SPELLED_DOT.test(whole) ? 'words' : 'at';
    const start = match.index + lead;
    const runsOn = text[start + whole.length] === '@';
    // "it's @example.com": with spaces around "@", the word before it must look like an address part.
    const spacedAt = /\s@|@\s/.test(whole);
    const wordBefore = spacedAt && (local.includes("'") || STOP_WORDS_ALL_LANGUAGES.has(local));
    if (((bare || spacedAt) && (NOT_LOCAL.has(local) || runsOn)) || wordBefore || !isEmail(address)) {
      // "email me at kate@x.com" first reads as "me at kate": look again one word on.
      ADDRESS.lastIndex = match.index + 1;
      continue;
    }
    mentions.push({ address, start, end: start + whole.length, spelled });
  }
  return mentions;
}

/** Characters spelled as words inside an address: "obinna underscore eze", "kai hyphen lun". */
const SPELLED_CHARS: readonly [RegExp, string][] = [
  [/\s*\b(?:underscore|unterstrich|guion bajo|guión bajo|tiret bas|trattino basso|sublinhado)\b\s*/giu, '_'],
  [/\s*\b(?:hyphen|dash|bindestrich|guion|guión|tiret|trattino|hífen)\b\s*/giu, '-'],
];

/**
 * Addresses spelled letter by letter ("l u c a s . f e r r i @ y a h o o . c o m") or with
 * their special characters as words ("obinna underscore eze at yahoo dot com") — read only
 * where an address was asked for. The mention spans the whole message: the spelling cannot
 * be mapped back character for character.
 *
 * @example
 * findSpelledOut('a m i r a h 8 8 at gmail dot com')[0]?.address // "amirah88@gmail.com"
 */
export function findSpelledOut(text: string): EmailMention[] {
  let squeezed = text;
  for (const [pattern, char] of SPELLED_CHARS) squeezed = squeezed.replace(pattern, char);
  // Runs of four or more single characters are one word: "l u c a s" → "lucas".
  squeezed = squeezed.replace(/(?<!\S)(?:\S )(?:\S ){2,}\S(?!\S)/gu, (run) => run.replace(/ /g, ''));
  if (squeezed === text) return [];
  return findEmails(squeezed).map((mention) => ({ ...mention, start: 0, end: text.length }));
}
