/**
 * Finds the visitor's name in one of their messages. The cues, from most to least
 * trusted:
 *
 * 1. an announcement: "my name is", "name:", "call me", "je m'appelle", "меня зовут"…
 * 2. an answer: the bot just asked for the name (or the first or last name), so the
 *    message is read as a bare name, lower case included, once greetings and
 *    fillers ("sure,", "it's") are set aside;
 * 3. a self-introduction: "I'm Raj", "this is Maria", "Hi, it's Beatriz", "Tom here";
 * 4. a sign-off: "Thanks,\nMeera Iyer", "— Ahmed Khan", "Cheers, Tom": only used when
 *    nothing better is found anywhere in the conversation.
 */

import { lowerKeepingOffsets } from '../language/phrase-set.js';
import {
  cueEnd,
  cueEnds,
  FAMILY_NAME_IS,
  fillerAt,
  GIVEN_NAME_IS,
  GREETINGS,
  greetedStart,
  INTRODUCTION,
  labelEnds,
  NAME_IS,
  NAME_THEN,
  nameThenAt,
  REFUSALS,
  sentenceOpenings,
  TITLE_WORDS,
} from './cues.js';
import { isKnownGivenName } from './lexicon.js';
import { type NameMode, readName } from './name-scan.js';
import { PARTICLES } from './name-words.js';
import { findSignatures, surnameFirst, TAIL } from './signature.js';
import { type Casing, casingOf } from './text.js';

export type NamePart = 'full' | 'given' | 'family';
export type NameCue = 'announcement' | 'answer' | 'introduction' | 'signoff';

export interface NameCandidate {
  tokens: string[];
  part: NamePart;
  cue: NameCue;
  /** Offset in the message, to order several candidates of one message. */
  start: number;
  /** Written as a correction ("sorry, typo: ...", "actually it's ..."). */
  correction: boolean;
}

export interface NameContext {
  /** The name part the bot asked for in its last turn, if any. */
  asked?: NamePart | undefined;
  /** The name part the visitor gave last, for "sorry, I meant ...". */
  lastGiven?: NamePart | undefined;
  /**
   * The bot just asked for another contact detail (the email): a reply that is nothing but a
   * name, or a name beside the address ("Hana Kim, hana@x.com"), gives the name with it.
   */
  contactAsked?: boolean | undefined;
}

const L = String.raw`(?<![\p{L}\p{M}'])`;
// English forms the language data cannot say as phrases ("name:" anywhere but after
// "user"/"company"…, "Maria is my name"); every language's phrases follow as data.
const ANNOUNCEMENTS: readonly [RegExp, NamePart][] = [
  [
    new RegExp(
      String.raw`${L}(?:(?:my|the)\s+(?:first|given)\s+name\s+is|my\s+(?:first|given)\s+name's|(?:first|given)\s+name\s*[:=])\s*`,
      'giu',
    ),
    'given',
  ],
  [
    new RegExp(
      String.raw`${L}(?:(?:my|the)\s+(?:last|family|sur)\s*name\s+is|(?<!\p{L}\s)(?:last|family|sur)\s*name\s+is|my\s+(?:last|family|sur)\s*name's|(?:last|family|sur)\s*name\s*[:=])\s*`,
      'giu',
    ),
    'family',
  ],
  [
    new RegExp(
      String.raw`${L}(?:my\s+(?:full\s+|real\s+)?name\s+is|my\s+(?:full\s+)?name's|my\s+name\s*[:=-]|(?<!(?:first|last|family|given|user|sur|company|file|product|display|account|screen)\s?)(?:full\s+)?name\s*[:=]|(?:^|(?<=[,;.!?]\s*|\band\s+))name\s+is|name's|the\s+name\s+is|i\s+am\s+called|i'm\s+called|(?:you\s+can\s+|please\s+|just\s+)?call\s+me|(?:people|everyone|friends)\s+call\s+me)\s*[:,-]?\s*`,
      'giu',
    ),
    'full',
  ],
];
const NAME_IS_MINE = /([\p{Lu}][\p{L}\p{M}'-]+(?:\s+[\p{Lu}][\p{L}\p{M}'-]+){0,3})\s+is\s+my\s+name\b/gu;

const FILLER =
  /^[\s,.;:!?\-–—\uFFFC]*(?:hi|hello|hey|hiya|yo|hallo|hola|sure(?:\s+thing)?|great|perfect|cool|awesome|nice|sounds\s+good|thanks|thank\s+you|yes|yeah|yep|yup|ok|okay|of\s+course|certainly|absolutely|no\s+problem|alright|right|well|oh|um+|uh+|uhm|hmm+|sorry|oops|whoops|my\s+bad|haha|lol|actually|i\s+meant|i\s+mean|no\s+wait|wait|no|typo|correction|it's|its|it\s+is|that's|that\s+is|this\s+is|i'm|im|i\s+am|it's\s+me|its\s+me|me|the\s+name's|name's|the\s+name\s+is|my\s+name\s+is|my\s+name's|my\s+name|here\s+you\s+go|there\s+you\s+go|please|of\s+course)(?![\p{L}\p{M}'])/iu;
const CORRECTION_START =
  /^[\s,.;:!?-]*(?:sorry|oops|whoops|my\s+bad|actually|i\s+meant|no\s+wait|wait|typo|correction)\b/i;
const CORRECTION =
  /\b(?:sorry|oops|whoops|my\s+bad|actually|meant|no\s+wait|typo|correction|not\s+\S+\s*$)\b/i;

const ADDRESSING = /^[\s,.;:!?\-–—\uFFFC]*(?:thanks|thank\s+you|cheers)$/i;
const INTRODUCING = /^[\s,.;:!?\-–—\uFFFC]*(?:it's|its|it\s+is|that's|that\s+is|this\s+is|i'm|im|i\s+am)$/i;

/** Laughing or winking emoji: the visitor is joking. */
const JOKING = /[\u{1F602}\u{1F923}\u{1F61C}\u{1F61D}\u{1F609}\u{1F643}\u{1F606}\u{1F605}]/u;

/**
 * A name said again more fully right after the first one: "ravi. ravi subramanian",
 * "uh, Declan. Declan O'Rourke", "松本です。松本陽菜です。". Returns the fuller name.
 */
function restated(
  original: string,
  masked: string,
  end: number,
  tokens: readonly string[],
  mode: NameMode,
  casing: Casing,
): string[] | undefined {
  const lower = lowerKeepingOffsets(masked);
  let at = end;
  const skip = () => {
    while (at < masked.length && /[\s.,;:!?、。，]/u.test(masked.charAt(at))) at++;
  };
  skip();
  const then = NAME_THEN.matchAt(lower, at);
  if (then) {
    at = then.end;
    skip();
  }
  const again = at > end ? readName(original, masked, at, mode, casing) : undefined;
  const before = tokens.join(' ').toLowerCase();
  const after = again?.tokens.join(' ').toLowerCase() ?? '';
  return again && after.length > before.length && after.startsWith(before) ? again.tokens : undefined;
}

/**
 * Whether a name read after a weak introduction cue ("I'm", "sou", "من") is one: it does not
 * start with a lower-case particle ("sou de Lisboa"), and in a script without capitals it is
 * closed by a name-then phrase ("… هستم"), a comma, "and" joined to the next word, or the end
 * of the message — "من العقد." (Arabic "of the contract") is no introduction.
 */
function introducedName(tokens: readonly string[], after: string, from: string): boolean {
  const first = tokens[0] ?? '';
  if (PARTICLES.has(first) && /^\p{Ll}/u.test(first)) return false;
  const bounded = /[\p{Lu}\p{Ll}\p{Script=Han}\p{Script=Hangul}]/u.test(first);
  if (bounded || !/^[\p{L}\p{M}]/u.test(from)) return true;
  return /^\s*(?:[,،，、]|و|$)/u.test(after) || nameThenAt(lowerKeepingOffsets(after), 0);
}

/**
 * Where the answer starts once greetings and fillers are set aside, and whether it
 * follows "it's"/"I'm" (then the words are checked as a self-introduction). Undefined
 * when a greeting runs straight into a name: "Hi Ava", "Thanks Leo" address someone.
 */
function skipFillers(text: string): { start: number; introduced: boolean } | undefined {
  let position = 0;
  let last = '';
  for (;;) {
    const rest = text.slice(position);
    const length = FILLER.exec(rest)?.[0].length ?? fillerAt(rest)?.length ?? 0;
    if (length === 0) break;
    last = rest.slice(0, length);
    position += length;
  }
  // Trailing separators after the last filler: "sure, | Maria".
  const rest = /^[\s,.;:!?\-–—\uFFFC]*/u.exec(text.slice(position))?.[0] ?? '';
  if ((ADDRESSING.test(last) || GREETINGS.isWhole(last)) && /^[ \t]+$/.test(rest)) return undefined;
  return { start: position + rest.length, introduced: INTRODUCING.test(last) };
}

/**
 * Candidates for the visitor's name in one message. `masked` is the folded message
 * with e-mail addresses and phone numbers blanked out (same length as `original`).
 *
 * @example
 * findNames('hi, my name is maria garcia', 'hi, my name is maria garcia', {})[0]?.tokens;
 * // ["maria", "garcia"]
 */
export function findNames(original: string, masked: string, context: NameContext): NameCandidate[] {
  const casing: Casing = casingOf(masked.replace(/\uFFFC/g, ' '));
  const found: NameCandidate[] = [];
  const correctionBefore = (index: number): boolean => {
    // The cue sits in the same sentence, just before: a bounded look keeps this linear.
    const sentence =
      masked
        .slice(Math.max(0, index - 120), index)
        .split(/[.!?\n]\s/)
        .at(-1) ?? '';
    return CORRECTION.test(sentence);
  };
  const add = (start: number, mode: NameMode, part: NamePart, cue: NameCue): number | undefined => {
    const name = readName(original, masked, start, mode, casing);
    if (!name) return undefined;
    // "me llamo xiomara, xiomara beltrán": the name said again more fully wins.
    const tokens = restated(original, masked, name.end, name.tokens, mode, casing) ?? name.tokens;
    found.push({ tokens, part, cue, start, correction: correctionBefore(start) });
    return name.end;
  };
  const asked = context.asked !== undefined;

  for (const [pattern, part] of ANNOUNCEMENTS) {
    for (const match of masked.matchAll(pattern))
      add(match.index + match[0].length, 'explicit', part, 'announcement');
  }
  for (const [cues, part] of [
    [GIVEN_NAME_IS, 'given'],
    [FAMILY_NAME_IS, 'family'],
    [NAME_IS, 'full'],
  ] as const) {
    for (const end of cueEnds(cues, masked)) add(end, 'explicit', part, 'announcement');
  }
  for (const end of labelEnds(masked)) add(end, 'explicit', 'full', 'announcement');
  for (const match of masked.matchAll(NAME_IS_MINE)) {
    add(match.index, asked ? 'explicit' : 'strict', 'full', 'announcement');
  }
  if (found.length > 0) return found;

  const introMode: NameMode = asked ? 'cued' : 'strict';
  const introPart: NamePart = context.asked ?? 'full';
  for (const hit of INTRODUCTION.findAll(masked)) {
    // "Ben Carter" is a name, not Turkish "ben" (I) before one: a cue spelled like a known
    // given name and capitalised is read as part of the name, elsewhere.
    // A title right after it makes it the cue: "Ben Av. Selin Aydemir".
    if (
      /^\p{Lu}/u.test(original.slice(hit.start)) &&
      isKnownGivenName(hit.phrase) &&
      !TITLE_WORDS.has(
        (/^\s*([\p{L}.]+)/u.exec(masked.slice(hit.end))?.[1] ?? '').toLowerCase().replace(/\.$/, ''),
      )
    )
      continue;
    const start = cueEnd(masked, hit);
    const name = readName(original, masked, start, introMode, casing);
    if (!name || !introducedName(name.tokens, masked.slice(name.end), original.slice(start))) continue;
    found.push({
      // "it's Siddharth. Siddharth Iyer": the name said again more fully wins.
      tokens: restated(original, masked, name.end, name.tokens, introMode, casing) ?? name.tokens,
      part: introPart,
      cue: 'introduction',
      start,
      correction: correctionBefore(start),
    });
  }
  const lower = lowerKeepingOffsets(masked);
  for (const start of sentenceOpenings(masked)) {
    // An introduction cue there ("بنده …", "I'm …") was read above, without the cue.
    if (INTRODUCTION.matchAt(lower, start)) continue;
    const name = readName(original, masked, start, introMode, casing);
    if (name && nameThenAt(lower, name.end)) {
      const tokens = restated(original, masked, name.end, name.tokens, introMode, casing) ?? name.tokens;
      found.push({ tokens, part: introPart, cue: 'introduction', start, correction: false });
    }
  }
  // "Hallo, Lorenzo Pittaluga, email …", "Добрый день, Наталья Гусева. Подскажите…": a full
  // name set off between the greeting and the message introduces the writer.
  const greeted = found.length === 0 && casing === 'mixed' ? greetedStart(masked) : undefined;
  const fullName = greeted === undefined ? undefined : readName(original, masked, greeted, 'strict', casing);
  if (
    fullName &&
    fullName.tokens.length >= 2 &&
    /^[ \t]*(?:[,，،.]|[–—-][ \t])/u.test(masked.slice(fullName.end))
  ) {
    found.push({
      tokens: fullName.tokens,
      part: introPart,
      cue: 'introduction',
      start: greeted ?? 0,
      correction: false,
    });
  }
  if (found.length > 0) return found.sort((a, b) => a.start - b.start);

  const correcting = context.lastGiven !== undefined && CORRECTION_START.test(masked);
  const answerPart = context.asked ?? (correcting ? context.lastGiven : undefined);
  // A question back ("why do you need that?", "왜요?") answers nothing; "Maria, why?" does.
  // A joke ("Batman 😂", "guess 😜") is no answer either.
  const declines =
    /^[^,.!?？؟，。]*[?？؟]/u.test(masked.trim()) || REFUSALS.test(masked) || JOKING.test(masked);
  if (answerPart !== undefined && !declines) {
    const answer = skipFillers(masked);
    const mode: NameMode = answer?.introduced ? 'cued' : 'loose';
    const end = answer && add(answer.start, mode, answerPart, 'answer');
    if (end !== undefined) {
      const last = found.at(-1);
      if (last && correcting) last.correction = true;
      const reordered = last && answerPart === 'full' ? surnameFirst(original, end, last.tokens) : undefined;
      if (last && reordered) last.tokens = reordered;
      return found;
    }
  }

  if (context.contactAsked) {
    // Read as strictly as a self-introduction, and only when the name is all there is:
    // "Hotmail" or "Why" alone are not names, "Jürgen Weiß" and "Priya" are.
    const answer = skipFillers(masked);
    const name = answer && readName(original, masked, answer.start, 'strict', casing);
    if (
      name &&
      TAIL.test(masked.slice(name.end)) &&
      // "nadia rahman at gmail.com": a word right before a spelled address is part of it.
      !/^[ \t]+\uFFFC/u.test(masked.slice(name.end)) &&
      (name.tokens.length > 1 || isKnownGivenName(name.tokens[0] ?? ''))
    ) {
      return [{ tokens: name.tokens, part: 'full', cue: 'answer', start: answer.start, correction: false }];
    }
  }

  return findSignatures(original, masked, casing);
}
