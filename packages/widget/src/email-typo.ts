// Domains most visitors use; a typed domain one or two edits away from one of these is
// probably a typo. Exact matches are never "corrected", and another country of the same
// provider (hotmail.it, yahoo.co.uk) is left alone.
const DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'ymail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'comcast.net',
  'mail.com',
];
const TLD_FIXES: Record<string, string> = {
  con: 'com',
  cmo: 'com',
  ocm: 'com',
  comm: 'com',
  cm: 'com',
  om: 'com',
  nte: 'net',
  ogr: 'org',
};

/** Levenshtein distance, one row at a time. */
function distance(a: string, b: string): number {
  const row = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * Loosely checks the shape of an address: something@something.tld, no spaces.
 * The server validates for real.
 *
 * @example
 * isValidEmail('maria@example.org') // true
 */
export function isValidEmail(email: string): boolean {
  return email.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[a-z]{2,}$/i.test(email);
}

/**
 * Suggests the address the visitor probably meant, or `undefined` when it looks right.
 *
 * @example
 * suggestEmail('maria@gmial.com') // 'maria@gmail.com'
 * suggestEmail('maria@shop.con') // 'maria@shop.com'
 */
export function suggestEmail(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 1) return undefined;
  const domain = email.slice(at + 1).toLowerCase();
  if (DOMAINS.includes(domain)) return undefined;
  const dot = domain.lastIndexOf('.');
  let fixed =
    dot > 0 && TLD_FIXES[domain.slice(dot + 1)]
      ? domain.slice(0, dot + 1) + TLD_FIXES[domain.slice(dot + 1)]
      : domain;
  if (!DOMAINS.includes(fixed)) {
    const name = fixed.slice(0, fixed.lastIndexOf('.') + 1);
    let limit = fixed.length > 8 ? 3 : 2;
    let best = fixed;
    for (const known of DOMAINS) {
      // hotmail.it is not a typo of hotmail.fr: another country, same provider.
      if (known.startsWith(name)) continue;
      const d = distance(fixed, known);
      if (d < limit) [best, limit] = [known, d];
    }
    fixed = best;
  }
  return fixed === domain ? undefined : `${email.slice(0, at)}@${fixed}`;
}
