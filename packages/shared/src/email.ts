/**
 * The one definition of an email address in SupportBridge: the widget's form, every API
 * schema, contact extraction and delivery all ask `isEmail`, so an address one of them
 * takes is never refused by another. No zod here: the widget bundles this file alone.
 *
 * What passes is what a helpdesk can reply to: a dot-atom local part (RFC 5322, with the
 * non-ASCII characters RFC 6531 allows: `maría@correo.es`, `δοκιμή@παράδειγμα.ελ`), an
 * `@`, and a domain of two or more labels whose last is alphabetic. Quoted local parts,
 * IP-literal domains, comments and single-label hosts (`root@localhost`) do not: no
 * visitor types them, and mail to them rarely arrives.
 */

/**
 * The whole grammar in one expression (it ships in the widget, where every byte counts): at
 * most 254 characters and a local part of at most 64 (the lookaheads), made of dot-separated
 * atoms — any character but spaces, controls and the ASCII specials `"(),.:;<>@[\]`, which is
 * RFC 5322's atext widened by RFC 6531 to every non-ASCII character —, "@", labels of
 * letters, marks and digits with inner hyphens, and a top-level domain of letters (a
 * punycode TLD such as `xn--p1ai` is refused: visitors type the Unicode form, `.рф`). Each
 * atom and label is bounded by characters it cannot hold, so matching never backtracks far.
 */
const EMAIL =
  /^(?=.{6,254}$)(?=[^@]{1,64}@)(?!\.)(?:\.?[^\s\p{C}"(),.:;<>@[\\\]])+@(?:(?!-)[\p{L}\p{M}\p{N}-]{1,63}(?<!-)\.)+[\p{L}\p{M}]{2,63}$/iu;

/**
 * Whether a string is an email address SupportBridge accepts (see the module comment):
 * at most 254 characters, a local part of at most 64.
 *
 * @example
 * isEmail('maría@example.es') // true
 * isEmail('maria@localhost') // false
 */
export function isEmail(value: unknown): value is string {
  return typeof value === 'string' && EMAIL.test(value);
}

/**
 * Addresses inside free text, for finding or masking them in a message — not for deciding
 * whether a string is one (that is `isEmail`): global, so use it with `match` or `replace`.
 * Kept small for the widget: it finds addresses with a Latin top-level domain.
 *
 * @example
 * 'mail me: ana@x.es!'.replace(EMAIL_IN_TEXT, '[email]') // "mail me: [email]!"
 */
export const EMAIL_IN_TEXT = /[^\s@<>(),;:"']+@[^\s@<>(),;:"']+\.[a-z]{2,}/gi;
