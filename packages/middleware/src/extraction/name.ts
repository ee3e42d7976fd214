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
import { isKnownGivenName } from './lexicon.js';
import { type NameMode, readName } from './name-scan.js';
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
const ANNOUNCEMENTS: readonly [RegExp, NamePart][] = [
  [
    new RegExp(
      String.raw`${L}(?:(?:my|the)\s+(?:first|given)\s+name\s+is|my\s+(?:first|given)\s+name's|(?:first|given)\s+name\s*[:=]|(?:mi\s+)?nombre\s+de\s+pila\s*[:=]?|prénom\s*[:=]|vorname\s*[:=])\s*`,
      'giu',
    ),
    'given',
  ],
  [
    new RegExp(
      String.raw`${L}(?:(?:my|the)\s+(?:last|family|sur)\s*name\s+is|(?<!\p{L}\s)(?:last|family|sur)\s*name\s+is|my\s+(?:last|family|sur)\s*name's|(?:last|family|sur)\s*name\s*[:=]|nachname\s*[:=]|apellidos?\s*[:=])\s*`,
      'giu',
    ),
    'family',
  ],
  [
    new RegExp(
      String.raw`${L}(?:my\s+(?:full\s+|real\s+)?name\s+is|my\s+(?:full\s+)?name's|my\s+name\s*[:=-]|(?<!(?:first|last|family|given|user|sur|company|file|product|display|account|screen)\s?)(?:full\s+)?name\s*[:=]|(?:^|(?<=[,;.!?]\s*|\band\s+))name\s+is|name's|the\s+name\s+is|i\s+am\s+called|i'm\s+called|(?:you\s+can\s+|please\s+|just\s+)?call\s+me|(?:people|everyone|friends)\s+call\s+me|je\s+m'appelle|mon\s+nom\s+est|me\s+llamo|mi\s+nombre\s+es|mi\s+chiamo|il\s+mio\s+nome\s+è|ich\s+hei(?:ß|ss)e|mein\s+name\s+ist|(?:o\s+)?meu\s+nome\s+[ée]|me\s+chamo|ik\s+heet|mijn\s+naam\s+is|jag\s+heter|jeg\s+hedder|jeg\s+heter|nazywam\s+się|mam\s+na\s+imię|меня\s+зовут|мо[её]\s+имя)\s*[:,-]?\s*`,
      'giu',
    ),
    'full',
  ],
  // Scripts without spaces: the trigger runs straight into the name.
  [/(?:我叫|我的名字是|我的名字叫|私の名前は|名前は|제\s*이름은)\s*/gu, 'full'],
];
const NAME_IS_MINE = /([\p{Lu}][\p{L}\p{M}'-]+(?:\s+[\p{Lu}][\p{L}\p{M}'-]+){0,3})\s+is\s+my\s+name\b/gu;

const GREETING = String.raw`(?:(?:hi|hello|hey|hiya|heya|hallo|hola|bonjour|ciao|good\s+(?:morning|afternoon|evening)|greetings|dear\s+\S+)(?:\s+(?:there|all|team|again))?[\s,!.:-]*)?`;
const INTRODUCTIONS: readonly RegExp[] = [
  new RegExp(String.raw`${L}(?:i'm|i\s+am|im)\s+`, 'giu'),
  new RegExp(String.raw`${L}this\s+is\s+`, 'giu'),
  new RegExp(String.raw`(?:^|\n)\s*${GREETING}(?:it's|its|it\s+is)\s+`, 'giu'),
];
const HERE_START = new RegExp(String.raw`(?:^|\n)\s*${GREETING}(?:it's\s+|its\s+)?`, 'giu');

const SIGNOFF =
  /(?:^|[\n.!?,]\s*)(?:many\s+thanks|thanks(?:\s+(?:a\s+lot|again|so\s+much|in\s+advance))?|thank\s+you(?:\s+(?:so\s+much|again|in\s+advance))?|thx|cheers|regards|best\s+regards|kind\s+regards|warm\s+regards|warmest\s+regards|best\s+wishes|all\s+the\s+best|best|sincerely|yours(?:\s+(?:truly|sincerely))?|take\s+care|gr(?:ü|ue)(?:ß|ss)e|saludos|cordialement|merci)(?:[ \t]*[,.!-]+[ \t]*\n?|[ \t]*\n)[ \t]*/giu;
// A dash signature starts a line or follows a sentence, or is an en/em dash: "order 4
// - Brass" is a product line, "order 4 — Maria" and "...\n- Maria Garcia" are signed.
const DASH_SIGNATURE = /(?:(?:^|\n|[.!?][ \t]+)[ \t]*[-~–—]+|[ \t][–—]+)[ \t]*/gu;
const SIGNOFF_REACH = 160;
const SAME_LINE_HYPHEN = /(?<=[^\n.!?])[ \t]-+[ \t]*$/u;
const TAIL = /^(?:[\s.!,:;)\uFFFC]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F})*$/u;

const FILLER =
  /^[\s,.;:!?\-–—\uFFFC]*(?:hi|hello|hey|hiya|yo|hallo|hola|sure(?:\s+thing)?|great|perfect|cool|awesome|nice|sounds\s+good|thanks|thank\s+you|yes|yeah|yep|yup|ok|okay|of\s+course|certainly|absolutely|no\s+problem|alright|right|well|oh|um+|uh+|uhm|hmm+|sorry|oops|whoops|my\s+bad|haha|lol|actually|i\s+meant|i\s+mean|no\s+wait|wait|no|typo|correction|it's|its|it\s+is|that's|that\s+is|this\s+is|i'm|im|i\s+am|it's\s+me|its\s+me|me|the\s+name's|name's|the\s+name\s+is|my\s+name\s+is|my\s+name's|my\s+name|here\s+you\s+go|there\s+you\s+go|please|of\s+course)(?![\p{L}\p{M}'])/iu;
const CORRECTION_START =
  /^[\s,.;:!?-]*(?:sorry|oops|whoops|my\s+bad|actually|i\s+meant|no\s+wait|wait|typo|correction)\b/i;
const CORRECTION =
  /\b(?:sorry|oops|whoops|my\s+bad|actually|meant|no\s+wait|typo|correction|not\s+\S+\s*$)\b/i;

const ADDRESSING = /^[\s,.;:!?\-–—\uFFFC]*(?:hi|hello|hey|hiya|yo|hallo|hola|thanks|thank\s+you|cheers)$/i;
const INTRODUCING = /^[\s,.;:!?\-–—\uFFFC]*(?:it's|its|it\s+is|that's|that\s+is|this\s+is|i'm|im|i\s+am)$/i;

/**
 * Where the answer starts once greetings and fillers are set aside, and whether it
 * follows "it's"/"I'm" (then the words are checked as a self-introduction). Undefined
 * when a greeting runs straight into a name: "Hi Ava", "Thanks Leo" address someone.
 */
function skipFillers(text: string): { start: number; introduced: boolean } | undefined {
  let position = 0;
  let last = '';
  for (;;) {
    const match = FILLER.exec(text.slice(position));
    if (!match || match[0].length === 0) break;
    last = match[0];
    position += match[0].length;
  }
  // Trailing separators after the last filler: "sure, | Maria".
  const rest = /^[\s,.;:!?\-–—\uFFFC]*/u.exec(text.slice(position))?.[0] ?? '';
  if (ADDRESSING.test(last) && /^[ \t]+$/.test(rest)) return undefined;
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
    found.push({ tokens: name.tokens, part, cue, start, correction: correctionBefore(start) });
    return name.end;
  };
  const asked = context.asked !== undefined;

  for (const [pattern, part] of ANNOUNCEMENTS) {
    for (const match of masked.matchAll(pattern))
      add(match.index + match[0].length, 'explicit', part, 'announcement');
  }
  for (const match of masked.matchAll(NAME_IS_MINE)) {
    add(match.index, asked ? 'explicit' : 'strict', 'full', 'announcement');
  }
  if (found.length > 0) return found;

  const introMode: NameMode = asked ? 'cued' : 'strict';
  const introPart: NamePart = context.asked ?? 'full';
  for (const pattern of INTRODUCTIONS) {
    for (const match of masked.matchAll(pattern))
      add(match.index + match[0].length, introMode, introPart, 'introduction');
  }
  for (const match of masked.matchAll(HERE_START)) {
    const start = match.index + match[0].length;
    const name = readName(original, masked, start, introMode, casing);
    if (name && /^\s+here\b/i.test(masked.slice(name.end))) {
      found.push({ tokens: name.tokens, part: introPart, cue: 'introduction', start, correction: false });
    }
  }
  if (found.length > 0) return found.sort((a, b) => a.start - b.start);

  const correcting = context.lastGiven !== undefined && CORRECTION_START.test(masked);
  const answerPart = context.asked ?? (correcting ? context.lastGiven : undefined);
  if (answerPart !== undefined) {
    const answer = skipFillers(masked);
    const mode: NameMode = answer?.introduced ? 'cued' : 'loose';
    if (answer && add(answer.start, mode, answerPart, 'answer') !== undefined) {
      const last = found.at(-1);
      if (last && correcting) last.correction = true;
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
      (name.tokens.length > 1 || isKnownGivenName(name.tokens[0] ?? ''))
    ) {
      return [{ tokens: name.tokens, part: 'full', cue: 'answer', start: answer.start, correction: false }];
    }
  }

  // A sign-off runs to the end of the message, so only its last lines are searched.
  const tail = Math.max(0, masked.length - SIGNOFF_REACH);
  for (const pattern of [SIGNOFF, DASH_SIGNATURE, /[ \t]-+[ \t]*/gu]) {
    for (const match of masked.matchAll(pattern)) {
      const start = match.index + match[0].length;
      if (start < tail) continue;
      // A hyphen in the middle of a line signs only with a full name: "order 22019 - Maria Garcia".
      const hyphen = pattern !== SIGNOFF && pattern !== DASH_SIGNATURE;
      if (hyphen && !SAME_LINE_HYPHEN.test(masked.slice(Math.max(0, start - 8), start))) continue;
      const name = readName(original, masked, start, 'strict', casing);
      if (name && (!hyphen || name.tokens.length > 1) && TAIL.test(masked.slice(name.end))) {
        found.push({ tokens: name.tokens, part: 'full', cue: 'signoff', start, correction: false });
      }
    }
  }
  return found;
}
