// Domains most visitors use; a typed domain one slip away from one of these is probably a
// typo. Exact matches are never "corrected", nor is another country of the same provider
// (hotmail.it, yahoo.co.uk), nor a real country domain (.cm, .om) into .com.
const DOMAINS = [
  'gmail.com',
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
  'mail.com',
];
const TLD_FIXES: Record<string, string> = {
  con: 'com',
  cmo: 'com',
  ocm: 'com',
  comm: 'com',
  nte: 'net',
  ogr: 'org',
};

/**
 * Whether `b` is one slip of the finger from `a`: a letter changed, added or dropped, or two
 * neighbours swapped ("gmial"). Cheaper to ship than an edit-distance table, and what typos are.
 */
function oneSlip(a: string, b: string): boolean {
  let i = 0;
  while (a[i] === b[i] && i < a.length) i++;
  const [x, y] = [a.slice(i), b.slice(i)];
  return (
    x.slice(1) === y.slice(1) ||
    x.slice(1) === y ||
    x === y.slice(1) ||
    (x[0] === y[1] && x[1] === y[0] && x.slice(2) === y.slice(2))
  );
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
    // hotmail.it is not a typo of hotmail.fr: another country, same provider.
    fixed = DOMAINS.find((known) => !known.startsWith(name) && oneSlip(fixed, known)) ?? fixed;
  }
  return fixed === domain ? undefined : `${email.slice(0, at)}@${fixed}`;
}
