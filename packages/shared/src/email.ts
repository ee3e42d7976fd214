/**
 * The one definition of an email address in SupportBridge: the widget's form, every API
 * schema, contact extraction and delivery all ask `isEmail`, so an address one of them
 * takes is never refused by another. No zod here: the widget bundles this file alone.
 *
 * What passes is what a helpdesk can reply to: a dot-atom local part (RFC 5322, with the
 * Unicode letters and digits RFC 6531 allows: `maría@correo.es`, `δοκιμή@παράδειγμα.ελ`), an
 * `@`, and a domain of two or more labels whose last is alphabetic or punycode
 * (`xn--…`). Quoted local parts, IP-literal domains, comments and single-label hosts
 * (`root@localhost`) do not: no visitor types them, and mail to them rarely arrives.
 */

/** Letters, marks and digits of any script, and the specials RFC 5322 allows in an atom. */
const LOCAL = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;
const TLD = /^(?:[\p{L}\p{M}]{2,63}|xn--[a-z0-9-]{2,59})$/iu;

/**
 * Whether a string is an email address SupportBridge accepts (see the module comment):
 * at most 254 characters, a local part of at most 64.
 *
 * @example
 * isEmail('maría@example.es') // true
 * isEmail('maria@localhost') // false
 */
export function isEmail(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at < 1 || at > 64) return false;
  const labels = value.slice(at + 1).split('.');
  return (
    LOCAL.test(value.slice(0, at)) &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    TLD.test(labels.at(-1) ?? '')
  );
}
