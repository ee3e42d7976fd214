/**
 * Sign-offs: the name under a closing ("Best regards,\nMeera Iyer"), after a dash
 * ("— Ahmed Khan"), alone on the last line, or in a Japanese or Chinese signature block;
 * perhaps above a job title, a company and a phone number. Used only when nothing else in the
 * conversation names the visitor.
 */
import { STOP_WORDS_ALL_LANGUAGES } from '../language/compile-contact.js';
import { CLOSINGS, closingEnds, NAME_STOPS, TITLE_WORDS } from './cues.js';
import { isKnownGivenName } from './lexicon.js';
import type { NameCandidate } from './name.js';
import { readName } from './name-scan.js';
import { STOP_WORDS } from './name-words.js';
import type { Casing } from './text.js';

// A dash signature starts a line or follows a sentence, or is an en/em dash: "order 4
// - Brass" is a product line, "order 4 — Maria" and "...\n- Maria Garcia" are signed.
const DASH_SIGNATURE = /(?:(?:^|\n|[.!?][ \t]+)[ \t]*[-~–—]+|[ \t][–—]+)[ \t]*(?:\n[ \t]*)?/gu;
const SIGNOFF_REACH = 320;
const HAN_SIGNATURE = /^(?:\S*[部課室][ \t]+)?(\p{Script=Han}{1,3} \p{Script=Han}{1,3})$/u;
const BARE_SIGNATURE = /(?:\n[ \t]*\n|[.!?][ \t]*\n)\s*/gu;
const SAME_LINE_HYPHEN = /(?<=[^\n.!?])[ \t]-+[ \t]*$/u;
/** Nothing more, or only punctuation, emoji and blanked-out addresses: the name ended the message. */
export const TAIL = /^(?:[\s.!,:;)\uFFFC]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F})*$/u;

/** The rest of a name's line: nothing, a post-nominal or a parenthesis ("…, CPA", "(daughter of …)"). */
const LINE_REST =
  /^[ \t]*(?:,[ \t]*(?:[\p{Lu}][\p{L}.]{1,7}\.?|\p{Ll}{2,5}\.(?:[ \t]+\p{Lu}{2,5})?)|\([^)\n]*\))?[ \t.]*(?:\n|$)/u;

/**
 * Whether what follows a signed name is a signature block: the rest of its line is empty
 * (or a post-nominal), then at most six short lines — a job title, a company, a phone, an
 * address, "Sent from my iPhone" — and no sentence of the message.
 */
function signatureBlock(rest: string): boolean {
  const line = LINE_REST.exec(rest);
  if (!line) return false;
  // The block ends at the first blank line: a disclaimer or "Sent from my iPhone" may follow.
  const lines = (rest.slice(line[0].length).split(/\n[ \t]*\n/)[0] ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    lines.length <= 6 && lines.every((l) => l.length <= 70 && !/[?？]$/.test(l) && l.split(/\s+/).length <= 9)
  );
}

/**
 * "Rossetti, Giorgia" and "SCHMITT, HOLGER" at the end of a line: a family name, a comma and
 * one given name, given in that order by forms and signatures. Returns the name given first.
 *
 * @example
 * surnameFirst('Rossetti, Giorgia', 8, ['Rossetti']) // ["Giorgia", "Rossetti"]
 */
export function surnameFirst(original: string, end: number, tokens: readonly string[]): string[] | undefined {
  if (tokens.length === 0 || tokens.length > 3) return undefined;
  const match = /^,[ \t]*([\p{L}][\p{L}\p{M}'-]+)[ \t]*(?:\([^)\n]*\)[ \t]*)?(?:\n|$)/u.exec(
    original.slice(end),
  );
  const given = match?.[1];
  const lower = given?.toLowerCase() ?? '';
  // "Matteo, piacere" is a name and a word: the given name must look like one.
  const mixed = /\p{Ll}/u.test(original) && /\p{Lu}/u.test(original);
  if (!given || (mixed && !/^\p{Lu}/u.test(given))) return undefined;
  if (STOP_WORDS.has(lower) || NAME_STOPS.has(lower) || STOP_WORDS_ALL_LANGUAGES.has(lower)) return undefined;
  // "Samuel Adjei, PhD", "Adaeze Ibe, FCA" are post-nominals, not given names.
  if (TITLE_WORDS.has(lower.replace(/\.$/, ''))) return undefined;
  if (mixed && /^\p{Lu}{2,5}$/u.test(given) && !isKnownGivenName(given)) return undefined;
  return [given, ...tokens];
}

/**
 * Sign-off candidates of one message, searched in its last lines.
 *
 * @example
 * findSignatures(text, text, 'mixed')[0]?.tokens // ["Meera", "Iyer"] for "…\nBest,\nMeera Iyer"
 */
export function findSignatures(original: string, masked: string, casing: Casing): NameCandidate[] {
  const found: NameCandidate[] = [];
  // A sign-off runs to the end of the message, so only its last lines are searched.
  const tail = Math.max(0, masked.length - SIGNOFF_REACH);
  const closings = closingEnds(masked);
  const dashes = [DASH_SIGNATURE, /[ \t]-+[ \t]*/gu].map((pattern) =>
    [...masked.matchAll(pattern)].map((match) => match.index + match[0].length),
  );
  // A name alone on the last lines, under a blank line or a finished sentence, signs without a closing.
  const lines = [...masked.matchAll(BARE_SIGNATURE)].map((match) => match.index + match[0].length);
  for (const [kind, starts] of [
    ['closing', closings],
    ['dash', dashes[0] ?? []],
    ['hyphen', dashes[1] ?? []],
    ['line', lines],
  ] as const) {
    for (const start of starts) {
      if (start < tail) continue;
      // A hyphen in the middle of a line signs only with a full name: "order 22019 - Maria Garcia".
      const hyphen = kind === 'hyphen';
      if (hyphen && !SAME_LINE_HYPHEN.test(masked.slice(Math.max(0, start - 8), start))) continue;
      // After a closing, a name alone on its line may be lower case: "cheers\nrhys jones".
      const ownLine = kind !== 'hyphen' && /^[^\n]{2,60}(?:\n|$)/.test(masked.slice(start));
      // A signature typed all in lower case is read as such, whatever the message's casing.
      const line = /^[^\n]*/.exec(masked.slice(start))?.[0] ?? '';
      const lineCasing = ownLine && !/\p{Lu}/u.test(line) ? 'lower' : casing;
      const bare = kind === 'line';
      const name = readName(original, masked, start, ownLine && !bare ? 'cued' : 'strict', lineCasing);
      const rest = masked.slice(name?.end ?? 0);
      if (
        name &&
        (!hyphen || name.tokens.length > 1) &&
        (!bare || name.tokens.length > 1 || isKnownGivenName(name.tokens[0] ?? '')) &&
        (TAIL.test(rest) || (kind !== 'hyphen' && signatureBlock(rest)))
      ) {
        const tokens = surnameFirst(original, name.end, name.tokens) ?? name.tokens;
        found.push({ tokens, part: 'full', cue: 'signoff', start, correction: false });
      }
    }
  }
  if (found.length === 0) {
    // A Japanese or Chinese signature block: company and department lines, then the name with
    // a space between family and given name, perhaps after the department ("総務部 高橋 由美").
    for (const { end: start } of CLOSINGS.findAll(masked)) {
      for (const line of masked.slice(start).split('\n', 8)) {
        const match = HAN_SIGNATURE.exec(line.trim());
        const [family = '', given = ''] = match?.[1]?.split(' ') ?? [];
        if (match && !TITLE_WORDS.has(given) && !TITLE_WORDS.has(family)) {
          found.push({
            tokens: [`${family} ${given}`],
            part: 'full',
            cue: 'signoff',
            start,
            correction: false,
          });
          return found;
        }
      }
    }
  }
  return found;
}
