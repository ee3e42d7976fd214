/**
 * Finds e-mail addresses in a message, typed ("maria@x.com", "<maria@x.com>",
 * "mailto:maria@x.com", "MARIA@X.COM.") or spelled out ("maria dot garcia at gmail
 * dot com", "maria [at] gmail [dot] com", "maria (at) example (dot) org"), and
 * returns them lower-cased and validated, with their position for the context rules.
 */

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
const DOT = String.raw`(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)`;
const AT = String.raw`(?:\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*|\s+at\s+|\s?@\s?)`;
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+'-])(${PART}(?:${DOT}${PART})*)${AT}(${PART}(?:${DOT}${PART})+)`,
  'giu',
);
const DOT_WORDS = new RegExp(DOT, 'giu');
const LOCAL = /^[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TLD = /^(?:\p{L}{2,24}|xn--[a-z0-9-]{2,59})$/u;

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
 * True for a plausible mailbox: a local part, a domain of valid labels and an
 * alphabetic top-level domain ("sam@localhost" and "a@b.c" are not).
 *
 * @example
 * isValidEmail('maria.garcia@gmail.com'); // true
 */
export function isValidEmail(address: string): boolean {
  if (address.length > 254) return false;
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  const tld = labels.at(-1) ?? '';
  return (
    at > 0 &&
    local.length <= 64 &&
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    TLD.test(tld)
  );
}

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
    const [whole, rawLocal = '', rawDomain = ''] = match;
    const local = rawLocal
      .replace(DOT_WORDS, '.')
      .replace(/^'+|'+$/g, '')
      .toLowerCase();
    const domain = rawDomain.replace(DOT_WORDS, '.').toLowerCase();
    const address = `${local}@${domain}`;
    const bare = /\sat\s/i.test(whole) && !/[[({<]/.test(whole) && !whole.includes('@');
    const spelled = !bare ? 'none' : /\sdot\s/i.test(whole) ? 'words' : 'at';
    const runsOn = text[match.index + whole.length] === '@';
    if ((bare && (NOT_LOCAL.has(local) || runsOn)) || !isValidEmail(address)) {
      // "email me at kate@x.com" first reads as "me at kate": look again one word on.
      ADDRESS.lastIndex = match.index + 1;
      continue;
    }
    mentions.push({ address, start: match.index, end: match.index + whole.length, spelled });
  }
  return mentions;
}
