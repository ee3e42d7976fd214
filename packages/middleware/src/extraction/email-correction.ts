/**
 * Partial corrections of an address the visitor gave before, in a turn that holds no whole
 * address: "oops, .no not .com", "gmail, not gmx", "outlook.cn*", "sorry, it's outlook.com",
 * "gmial → gmail", "the part before the @ is m.lopez". The correction is applied only when
 * what it replaces is found in the earlier address and the result is a valid address;
 * otherwise nothing changes — a guess would put a stranger's address in Reply-To.
 */
import { isEmail } from '@supportbridge/shared';
import { editDistance } from '../edit-distance.js';
import { CORRECTIONS, NEGATION_WORDS } from './cues.js';

/** "new not old", "new, nicht old", "new instead of old". */
const NEW_NOT_OLD = new RegExp(
  String.raw`([@.]?[\p{L}\p{N}][\p{L}\p{N}._-]*)[\s,]+(?:${NEGATION_WORDS}|instead\s+of|statt|au\s+lieu\s+de|en\s+vez\s+de|invece\s+di|em\s+vez\s+de)\s+([@.]?[\p{L}\p{N}][\p{L}\p{N}._-]*)`,
  'iu',
);
/** "old → new", "old -> new". */
const ARROW = /([@.]?[\p{L}\p{N}][\p{L}\p{N}._-]*)\s*(?:→|->|=>)\s*([@.]?[\p{L}\p{N}][\p{L}\p{N}._-]*)/u;
/** A domain or a top-level domain: "outlook.com", "@gmail.com", ".de". */
const DOMAIN =
  /(?<![\p{L}\p{N}_-])@?((?:[\p{L}\p{N}-]+\.)+\p{L}{2,}|\.\p{L}{2,}(?:\.\p{L}{2,})?)(?![\p{L}\p{N}.@])/u;
/** The local part named: "the part before the @ is m.lopez", "before the @: m.lopez". */
const LOCAL_NAMED =
  /before\s+(?:the\s+)?(?:@|at(?:\s+sign)?)\s*(?:is|should\s+be|:)?\s*([\p{L}\p{N}._+-]+)/iu;
/** A word that reads like a local part: letters with dots, underscores or digits. */
const LOCAL_LIKE =
  /(?<![\p{L}\p{N}._@-])([\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)+|[\p{L}]+\d+)(?![\p{L}\p{N}@])/u;

/**
 * The corrected address, or undefined when the turn corrects nothing that can be applied.
 *
 * @param confirmed the text is a suggestion of the bot's that the visitor said yes to
 * @example
 * correctEmail('dagny.holm@outlook.com', 'oops, .no not .com') // "dagny.holm@outlook.no"
 * correctEmail('sara@gmial.com', 'gmail, ho sbagliato') // "sara@gmail.com"
 */
export function correctEmail(previous: string, text: string, confirmed = false): string | undefined {
  const lower = text.toLowerCase().trim();
  // `confirmed`: the text is the bot's own suggestion the visitor said yes to.
  const cued = confirmed || CORRECTIONS.test(lower) || /\*\s*$/.test(lower);
  const pair = NEW_NOT_OLD.exec(lower) ?? swap(ARROW.exec(lower));
  if (pair) {
    const replaced = replacePart(previous, clean(pair[2] ?? ''), clean(pair[1] ?? ''));
    if (replaced) return replaced;
  }
  const local = LOCAL_NAMED.exec(lower)?.[1];
  if (local)
    return valid(`${local.replace(/\.$/, '')}${previous.slice(previous.lastIndexOf('@'))}`, previous);
  const domain = DOMAIN.exec(lower)?.[1];
  if (domain && (cued || lower.replace(/[\s*.!]+$/g, '') === domain || lower.length <= 40)) {
    const at = previous.lastIndexOf('@');
    if (domain.startsWith('.')) {
      // ".no" replaces the same number of labels at the end: ".com" → ".no", ".co.uk" → ".de".
      const labels = previous.slice(at + 1).split('.');
      const keep = labels.length - 1 - (labels.length > 2 && labels.at(-2)!.length <= 3 ? 1 : 0);
      return valid(
        `${previous.slice(0, at + 1)}${labels.slice(0, Math.max(1, keep)).join('.')}${domain}`,
        previous,
      );
    }
    return valid(`${previous.slice(0, at + 1)}${domain}`, previous);
  }
  // A new local part that shares most of the old one: "gmail is right but it's ines.vidal.r".
  const candidate = LOCAL_LIKE.exec(lower)?.[1];
  const oldLocal = previous.slice(0, previous.lastIndexOf('@'));
  if (candidate && candidate !== oldLocal && similar(candidate, oldLocal)) {
    return valid(`${candidate}${previous.slice(previous.lastIndexOf('@'))}`, previous);
  }
  if (!cued) return undefined;
  // "abimbola*": a starred word fixes the part of the address it nearly spells, before or after the @.
  const starred = /(?<![\p{L}\p{N}])([\p{L}\p{N}]{3,})\*|\*([\p{L}\p{N}]{3,})(?![\p{L}\p{N}])/u.exec(lower);
  const fix = starred?.[1] ?? starred?.[2];
  if (fix) {
    const parts = previous.split(/([._@-])/);
    const typo = parts.find((part) => part.length >= 3 && part !== fix && editDistance(part, fix) <= 2);
    if (typo) return valid(parts.map((part) => (part === typo ? fix : part)).join(''), previous);
  }
  // A mistyped provider fixed by its right spelling: "gmial" → "gmail".
  for (const word of lower.match(/\p{L}[\p{L}-]{3,}/gu) ?? []) {
    const labels = previous.slice(previous.lastIndexOf('@') + 1).split('.');
    const typo = labels.slice(0, -1).find((label) => label !== word && editDistance(label, word) <= 2);
    if (typo)
      return valid(
        previous.replace(`@${labels.join('.')}`, `@${labels.map((l) => (l === typo ? word : l)).join('.')}`),
        previous,
      );
  }
  return undefined;
}

function swap(match: RegExpExecArray | null): [string, string, string] | undefined {
  return match ? [match[0], match[2] ?? '', match[1] ?? ''] : undefined;
}

function clean(part: string): string {
  return part.replace(/^@/, '').replace(/[.,]+$/, '');
}

/** Replaces `old` by `replacement` where it stands in the address: the TLD, a domain label, the domain or the local part. */
function replacePart(address: string, old: string, replacement: string): string | undefined {
  if (!old || !replacement || old === replacement) return undefined;
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (old.startsWith('.') && domain.endsWith(old))
    return valid(
      `${local}@${domain.slice(0, -old.length)}${replacement.startsWith('.') ? replacement : `.${replacement}`}`,
      address,
    );
  if (domain === old) return valid(`${local}@${replacement}`, address);
  const labels = domain.split('.');
  if (labels.includes(old) && !replacement.includes('.'))
    return valid(`${local}@${labels.map((l) => (l === old ? replacement : l)).join('.')}`, address);
  if (labels.includes(old.split('.')[0] ?? '') && replacement.includes('.'))
    return valid(`${local}@${replacement}`, address);
  if (local === old) return valid(`${replacement}@${domain}`, address);
  return undefined;
}

function valid(address: string, previous: string): string | undefined {
  return address !== previous && isEmail(address) ? address : undefined;
}

/** Whether two local parts are close: the same letters and digits once separators are dropped, or one extends the other. */
function similar(a: string, b: string): boolean {
  const plain = (s: string) => s.replace(/[._-]/g, '');
  const [x, y] = [plain(a), plain(b)];
  return x === y || (Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x)));
}
