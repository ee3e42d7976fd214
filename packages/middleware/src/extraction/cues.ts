/**
 * The language data of `src/language/packs/` compiled into the cues extraction reads:
 * built once when the module loads, shared by the name, email and bot-turn readers.
 * Long phrase lists are `PhraseSet`s (looked up by first character); the few short word
 * lists that live inside a pattern (the words for "@" and ".") are regex alternations.
 */
import { alternation, GREETINGS, phraseSet, phrases, wordSet } from '../language/compile-contact.js';
import { lowerKeepingOffsets, type PhraseHit, type PhraseSet } from '../language/phrase-set.js';

/** "my name is", "je m'appelle", "меня зовут", "我叫": the name follows. */
export const NAME_IS = phraseSet('nameIs');
/** "my first name is", "vorname". */
export const GIVEN_NAME_IS = phraseSet('givenNameIs');
/** "my last name is", "apellido". */
export const FAMILY_NAME_IS = phraseSet('familyNameIs');
/** "I'm", "ich bin", "soy", "我是": a name may follow. */
export const INTRODUCTION = phraseSet('introductions');
/** Labels of a name field: "name", "nombre", "姓名" (then ":" at a line start). */
export const NAME_LABELS = phraseSet('nameLabels');
/** Every language's single word for a person's name ("namen", "nombre", "imię"), but English's. */
export const NAME_WORDS: readonly string[] = [...wordSet('nameLabels')].filter(
  (word) => word.length >= 3 && !['name', 'customer', 'client', 'cliente'].includes(word),
);
/** Right after a name, introducing it: "here", "hier", "と申します", "입니다". */
export const NAME_THEN = phraseSet('nameThen');
/** What a reply may open with: fillers and greetings of every language. */
export const FILLERS = new Set([...phrases('fillers'), ...phrases('greetings')]);
const FILLER_SET = phraseSet('fillers');

export { GREETINGS };
/** Closings before a signature. */
export const CLOSINGS = phraseSet('closings');

/** What may separate a cue from the name: "my name is: Ana", "меня зовут — Ана", "我叫，". */
const SEPARATOR = /^\s*[:：=,，—–-]?\s*/u;

/**
 * Where a name may start after each occurrence of a cue phrase in `text`.
 *
 * @example
 * cueEnds(NAME_IS, 'hi, my name is: Ana') // [16]
 */
export function cueEnds(cues: PhraseSet, text: string): number[] {
  return cues.findAll(text).map((hit) => cueEnd(text, hit));
}

/** "by the way", "übrigens", "trouwens": may stand between a cue and the name. */
const ASIDES = phraseSet('asides');

/**
 * Where a name may start after one cue: past the separator that follows it, and past an
 * aside ("ich heiße übrigens |Wiebke", "ik ben trouwens |Joris").
 */
export function cueEnd(text: string, hit: PhraseHit): number {
  const at = hit.end + (SEPARATOR.exec(text.slice(hit.end))?.[0].length ?? 0);
  const aside = ASIDES.matchAt(lowerKeepingOffsets(text.slice(0, at + 40)), at);
  if (!aside) return at;
  return aside.end + (SEPARATOR.exec(text.slice(aside.end))?.[0].length ?? 0);
}

/** Where a name may start after a name label at a line start: "Name: Ana", "姓名：李明". */
export function labelEnds(text: string): number[] {
  const lower = lowerKeepingOffsets(text);
  const ends: number[] = [];
  for (const hit of NAME_LABELS.findAll(text)) {
    const before = lower.slice(0, hit.start);
    if (!/(?:^|\n|[.!?。！？؟][ \t]+)[ \t]*$/u.test(before)) continue;
    const colon = /^[ \t]*[:：=][ \t]*/.exec(lower.slice(hit.end));
    if (colon) ends.push(hit.end + colon[0].length);
  }
  return ends;
}

/**
 * Whether a name-then phrase ("here", "と申します") follows at `index`, after spaces.
 * `lower` is the text lower-cased with `lowerKeepingOffsets`, done once by the caller.
 */
export function nameThenAt(lower: string, index: number): boolean {
  let at = index;
  while (at < lower.length && (lower.charAt(at) === ' ' || lower.charAt(at) === '\t')) at++;
  return NAME_THEN.matchAt(lower, at) !== undefined;
}

/** Sentence starts of `text` with any greeting after them skipped: where "Tom here" and "山本です" start. */
export function sentenceOpenings(text: string): number[] {
  const lower = lowerKeepingOffsets(text);
  const starts = [0];
  for (const match of lower.matchAll(/\n|[.!?]\s+|[。！？]\s*/gu)) starts.push(match.index + match[0].length);
  return starts.flatMap((start) => {
    let at = start;
    while (at < lower.length && /\s/u.test(lower.charAt(at))) at++;
    let greeting = GREETINGS.matchAt(lower, at);
    if (!greeting) return [at];
    // Greetings may follow one another: "alo iyi günler |Mehmet …", "Hi, good morning, |…".
    for (let count = 0; greeting && count < 3; count++) {
      at = greeting.end;
      while (at < lower.length && /[\s,，、،!.:;。！-]/u.test(lower.charAt(at))) at++;
      greeting = GREETINGS.matchAt(lower, at);
    }
    // "Hallo Lina, |Mats Hoffmeister hier": a greeting may carry whom it greets before a comma.
    const addressee = /^[\p{L}\p{M}'-]+[ \t]*[,，،][ \t]*/u.exec(text.slice(at));
    return addressee ? [at, at + addressee[0].length] : [at];
  });
}

/**
 * Where the words after a message-opening greeting start, when a comma or "!" separates them
 * from it ("Добрый день, |Наталья Гусева. …", "Moin! |Jan-Ole …"); undefined otherwise —
 * "Dear John Smith," and "Hi Anna," greet someone.
 *
 * @example
 * greetedStart('Hallo, Lorenzo Pittaluga, …') // 7
 */
export function greetedStart(text: string): number | undefined {
  const lower = lowerKeepingOffsets(text);
  let at = /^\s*/u.exec(lower)?.[0].length ?? 0;
  let separated = false;
  for (let greeting = GREETINGS.matchAt(lower, at), count = 0; greeting && count < 3; count++) {
    const gap = /^[\s,，、،!.:;-]*/u.exec(lower.slice(greeting.end))?.[0] ?? '';
    separated = /[,，،!]/u.test(gap);
    at = greeting.end + gap.length;
    greeting = GREETINGS.matchAt(lower, at);
  }
  return separated ? at : undefined;
}

/** The length of a filler or greeting that opens `text` after separators, or 0. */
export function fillerAt(text: string): { length: number; phrase: string } | undefined {
  const lower = lowerKeepingOffsets(text);
  const lead = /^[\s,.;:!?\-–—\uFFFC、，]*/u.exec(lower)?.[0].length ?? 0;
  const hit = FILLER_SET.matchAt(lower, lead) ?? GREETINGS.matchAt(lower, lead);
  return hit ? { length: hit.end, phrase: hit.phrase } : undefined;
}

/**
 * Where a closing line ends, for each closing that stands at a line or sentence start and is
 * followed by a line break or a comma-like mark: "Best regards,\n|Ana", "Saludos\n\n|Ana".
 */
export function closingEnds(text: string): number[] {
  const lower = lowerKeepingOffsets(text);
  const ends: number[] = [];
  for (const hit of CLOSINGS.findAll(text)) {
    if (!/(?:^|[\n.!?,]\s*)$/u.test(lower.slice(Math.max(0, hit.start - 40), hit.start))) continue;
    const after = /^(?:[ \t]*[,.!،，-]+[ \t]*\n?|[ \t]*\n)\s*/u.exec(lower.slice(hit.end));
    if (after) ends.push(hit.end + after[0].length);
  }
  return ends;
}

/** Words that end a name read without the help of capitals (other languages' "and", "from"…). */
export const NAME_STOPS: ReadonlySet<string> = new Set([
  ...wordSet('nameStops'),
  ...wordSet('greetings'),
  ...wordSet('closings'),
  ...[...wordSet('nameThen')].filter((word) => /^\P{Script=Han}+$/u.test(word)),
]);
/** Titles and post-nominals of every language: "Dr", "Frau", "Sra", "الدكتور", "MBA". */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  [...wordSet('titles')].map((title) => title.replace(/\.$/, '')),
);

/** In a bot turn: asks for the name / the first name / the last name / the email. */
export const ASKS_NAME = phraseSet('nameQuestions');
export const ASKS_GIVEN_NAME = phraseSet('givenNameQuestions');
export const ASKS_FAMILY_NAME = phraseSet('familyNameQuestions');
export const ASKS_EMAIL = phraseSet('emailQuestions');
/** In a bot turn: makes a sentence a request without "?": "please", "bitte", "请". */
export const REQUEST_WORDS = phraseSet('requests');

/**
 * The first line of a quoted or forwarded mail: a sender header ("From:", "Von:", "De :"),
 * an "Original Message" or "Forwarded message" rule, or a line quoted with ">".
 */
export const QUOTE_START = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:(?:${alternation(phrases('mailFrom'))})[ \t]*:|-{2,}[ \t]*(?:original message|forwarded message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|mensagem original)|begin forwarded message|>|[^\n]{0,160}\b(?:wrote|schrieb|a écrit|escribió|ha scritto|escreveu|schreef|napisał|написал|написала|kirjoitti|skrev|yazdı)(?:[ \t]+[^\n]{0,120})?[ \t]*:[ \t]*(?:\n|$))`,
  'iu',
);

/** Words for "but" of every language, as a regex alternation: a clause starts after them. */
export const CONTRAST_WORDS = alternation(phrases('contrasts'));
/** The recipient line of a pasted email up to its address: "To: ", "Para: ", "Кому: ". */
export const MAIL_TO = new RegExp(
  String.raw`(?:^|\n)[ \t>]*(?:${alternation(phrases('mailTo'))})[ \t]*:[ \t]*(?:"?[^"<>\n]*"?[ \t]*<)?`,
  'giu',
);

/** Words for "@", "." and "not", as regex alternations (short lists). */
export const AT_WORDS = alternation(phrases('at'));
export const DOT_WORDS = alternation(phrases('dot'));
/** The words for "@" and "." of scripts without spaces, which may be glued: "maria艾特gmail点com". */
const UNSPACED_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const glued = (words: string[]) => alternation(words.filter((word) => UNSPACED_WORD.test(word))) || '(?!)';
export const GLUED_AT_WORDS = glued(phrases('at'));
export const GLUED_DOT_WORDS = glued(phrases('dot'));
export const NEGATION_WORDS = alternation(phrases('negations'));

/** The sender line of a pasted email up to its address: `From: "Ana Lima" <`, `Von: Ana Lima <`. */
export const MAIL_FROM = new RegExp(
  String.raw`(?:^|\n)[ \t>]*(?:${alternation(phrases('mailFrom'))})[ \t]*:[ \t]*"?([^"<>\n]*?)"?[ \t]*<`,
  'giu',
);

/** Doubt about a detail just given, and a yes to the bot's read-back. */
export const UNCERTAIN = phraseSet('uncertain');
export const CONFIRMATIONS = phraseSet('confirmations');

/** A reply that declines to give a detail: "rather not", "prefiero no", "lieber nicht". */
export const REFUSALS = phraseSet('refusals');

/** "my email is", "mi correo", "моя почта": the visitor claims the address that follows. */
export const OWN_EMAIL = phraseSet('emailIs');

/** Corrections, someone else's, stale: cues around an address. */
export const CORRECTIONS = phraseSet('corrections');
export const OTHERS = phraseSet('others');
export const STALE = phraseSet('stale');

/** Where the last occurrence of a phrase of the set ends in `text`, or -1. */
export function lastCueEnd(cues: PhraseSet, text: string): number {
  return cues.findAll(text).at(-1)?.end ?? -1;
}
