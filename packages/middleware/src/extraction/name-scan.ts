/**
 * Reads a person's name from a position in a message ("my name is |Maria Garcia and
 * ...") and decides whether what was read can be a name at all. The caller picks
 * how much to trust the context:
 *
 * - `loose`: the bot just asked for the name, so lower case is fine, but the answer
 *   must be a name and nothing else ("maria garcia" yes, "why do you need it" no);
 * - `explicit`: the visitor announced a name ("my name is", "name:", "call me");
 * - `cued`: a self-introduction ("I'm", "this is") right after the bot asked for the
 *   name: lower case is fine, but the words are checked as in `strict`;
 * - `strict`: a weak cue ("I'm", "this is", "X here", a sign-off): the words must look
 *   like a proper noun: capitalised in mixed-case text, or a known given name in
 *   all-lower/all-upper text, and not a word compromise knows as something else.
 */

import { STOP_WORDS_ALL_LANGUAGES } from '../language/contact/compile.js';
import { NAME_STOPS, TITLE_WORDS } from './cues.js';
import {
  guessedNonName,
  isKnownGivenName,
  lexiconTags,
  lexiconVerdict,
  taggerSeesPerson,
} from './lexicon.js';
import { PARTICLES, STOP_WORDS, SUFFIXES, TITLES } from './name-words.js';
import type { Casing } from './text.js';

export type NameMode = 'loose' | 'explicit' | 'cued' | 'strict';

export interface ScannedName {
  /** Name words as typed, titles dropped. */
  tokens: string[];
  /** Offset just after the last word read. */
  end: number;
}

/** Words after which a name may end even in a bare answer: "Tom from accounting". */
const CONNECTORS: ReadonlySet<string> = new Set(
  'and but from here at of und et e with by via plus or so lol haha hehe thanks thank thx ty please pls cheers'.split(
    ' ',
  ),
);
// Copulas glued to a name in scripts without spaces: "김민준입니다", "田中です".
const GLUED_COPULA = /(?<=\p{Lo})(?:입니다|이에요|예요|です|と申します|だよ)$/u;

// Hebrew abbreviations carry a double quote inside: ד"ר (Dr), עו"ד (attorney).
const WORD = /[\p{L}\p{M}]+(?:(?:['-]|\u200c|\u200d|["״](?=\p{Script=Hebrew}))[\p{L}\p{M}]+)*(?:'s)?\.?/uy;
const GAP = /[ \t]+/y;
// "al-Hassan", "d'Artagnan", "ibn-Rushd": a lower-case prefix before a capital still reads as capitalised.
const CAPITALISED =
  /^(?:[\p{Lu}\p{Lt}\p{Lo}]|(?:al|el|ad|ar|as|ash|at|az|ad|abu|ibn|bin|ben|d|l|o)['-]\p{Lu})/u;
const MAX_WORDS = 6;
const MAX_NAME_WORDS = 4;

// 'titled': stopped at a capitalised word that is not a name ("This is Acme *Corp*").
type Ending = 'end' | 'punctuation' | 'connector' | 'word' | 'titled' | 'digit';

function bare(token: string): string {
  return token.replace(/\.$/, '').toLowerCase();
}

/**
 * Reads name words starting at `start` and returns them when they pass the checks
 * of `mode`, otherwise undefined.
 *
 * @example
 * const text = 'my name is maria garcia and I need help';
 * readName(text, text, 11, 'explicit', 'lower')?.tokens; // ["maria", "garcia"]
 */
export function readName(
  original: string,
  folded: string,
  start: number,
  mode: NameMode,
  casing: Casing,
): ScannedName | undefined {
  const tokens: string[] = [];
  let position = start;
  let end = start;
  let ending: Ending = 'end';
  GAP.lastIndex = position;
  if (GAP.test(folded)) position = GAP.lastIndex;
  if (UNSPACED.test(folded.charAt(position))) return readUnspacedName(original, position);

  while (position < folded.length) {
    WORD.lastIndex = position;
    const match = WORD.exec(folded);
    if (!match) {
      ending = /\d/.test(folded[position] ?? '') ? 'digit' : 'punctuation';
      break;
    }
    const raw = original.slice(position, position + match[0].length);
    const lower = bare(raw);
    if (tokens.length === 0 && (TITLES.has(lower) || TITLE_WORDS.has(lower))) {
      position += match[0].length;
      // "Dipl.-Ing.": a title joined to the next by a hyphen.
      if (folded.charAt(position) === '-') position++;
      GAP.lastIndex = position;
      if (GAP.test(folded)) position = GAP.lastIndex;
      continue;
    }
    // Arabic and Hebrew join "and" to the next word: "سلمى بن يوسف وأريد", "נועה לוי ויש לי".
    const joinedAnd = tokens.length > 0 && /^(?:و\p{Script=Arabic}|ו\p{Script=Hebrew})\p{L}/u.test(lower);
    if (
      STOP_WORDS.has(lower) ||
      CONNECTORS.has(lower) ||
      isNameStop(lower, tokens.length === 0) ||
      joinedAnd
    ) {
      ending = CONNECTORS.has(lower)
        ? 'connector'
        : casing === 'mixed' && /^\p{Lu}/u.test(raw)
          ? 'titled'
          : 'word';
      break;
    }
    const particle = PARTICLES.has(lower) && !(tokens.length === 0 && CAPITALISED.test(raw));
    if (mode !== 'loose' && casing === 'mixed' && !particle && !CAPITALISED.test(raw)) {
      ending = 'word';
      break;
    }
    if (tokens.length === MAX_WORDS) {
      ending = 'word';
      break;
    }
    // "I'm John's assistant": a possessive means the name belongs to someone else.
    if (/'s$/i.test(raw.replace(/\.$/, '')) && !/^\p{L}'s$/iu.test(raw)) return undefined;
    const sentenceEnd =
      raw.endsWith('.') && lower.length > 1 && !TITLES.has(lower) && !SUFFIXES.has(raw.toLowerCase());
    tokens.push((sentenceEnd ? raw.slice(0, -1) : raw).replace(GLUED_COPULA, ''));
    position += match[0].length;
    end = sentenceEnd ? position - 1 : position;
    if (sentenceEnd) {
      ending = 'punctuation';
      break;
    }
    GAP.lastIndex = position;
    if (!GAP.test(folded)) {
      ending =
        position >= folded.length ? 'end' : /\d/.test(folded[position] ?? '') ? 'digit' : 'punctuation';
      break;
    }
    position = GAP.lastIndex;
    if (position >= folded.length) ending = 'end';
  }

  // Capitals after a name in mixed case are post-nominals: "Sunita Bhattacharya MD FRCP".
  const titled = tokens.some((token) => /^\p{Lu}\p{Ll}+$/u.test(token));
  while (casing === 'mixed' && titled && tokens.length > 2 && /^\p{Lu}{2,5}$/u.test(tokens.at(-1) ?? ''))
    tokens.pop();
  // Particles cannot end a name; titles and post-nominals after it are not part of it ("MBA", "PhD").
  while (tokens.length > 1 && (PARTICLES.has(bare(tokens.at(-1) ?? '')) || postNominal(tokens.at(-1) ?? '')))
    tokens.pop();
  if (!acceptable(tokens, ending, mode, casing)) return undefined;
  return { tokens, end };
}

/**
 * A title written after a name: "MBA", "PhD", "Esq.", "III" — but not a word that is also a
 * surname written like one ("Ludovica Pani": "pani" is Polish for "Mrs").
 */
function postNominal(token: string): boolean {
  return TITLE_WORDS.has(bare(token)) && !/^\p{Lu}\p{Ll}+$/u.test(token);
}

/**
 * A stop word of some language that is neither a name particle nor a known given name
 * ("ben", "dag"). Any language's function words ("auf", "pero", "и") cannot open a name;
 * inside one they may be part of it ("Nguyễn Văn An", "Kiri Te Kanawa"), so only the
 * contact data's own stop words end a name there.
 */
function isNameStop(word: string, first: boolean): boolean {
  const stop = NAME_STOPS.has(word) || (first && word.length > 1 && STOP_WORDS_ALL_LANGUAGES.has(word));
  return stop && !PARTICLES.has(word) && !isKnownGivenName(word);
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hangul}]/u;
/** A Chinese or Japanese name: 1–4 Han characters, or family and given name apart ("高橋 直樹"). */
const HAN_NAME = /\p{Script=Han}{1,2} \p{Script=Han}{1,3}(?!\p{Script=Han})|\p{Script=Han}{1,4}/uy;
/** A Korean name: 2–4 syllables, before any particle or copula. */
const HANGUL_NAME = /\p{Script=Hangul}{2,4}/uy;
/** What follows a Korean name and is not part of it: copulas and particles. */
const HANGUL_TAIL =
  /(?:이라고\s*합니다|라고\s*합니다|이라고\s*해요|입니다|이에요|예요|이고|이며|이랑|이야|님|씨|은|는|이|가|요)$/u;
/** Honorifics written after a name in Chinese and Japanese. */
const HAN_TAIL = /(?:先生|女士|小姐|博士|老师|様|さま|さん|氏)$/u;

/**
 * Reads a name in a script written without spaces. The name's end is found where the
 * script changes (a kana particle after kanji, punctuation) or where a particle of the
 * language starts; a first character that is a stop word ("想", "的") is no name.
 */
function readUnspacedName(original: string, from: number): ScannedName | undefined {
  let start = from;
  const hangul = /\p{Script=Hangul}/u.test(original.charAt(start));
  const pattern = hangul ? HANGUL_NAME : HAN_NAME;
  pattern.lastIndex = start;
  let match = pattern.exec(original);
  // Japanese "経理の鈴木": the name is what belongs to the department, after の.
  const after = match ? start + match[0].length : start;
  if (!hangul && original.charAt(after) === 'の' && /\p{Script=Han}/u.test(original.charAt(after + 1))) {
    pattern.lastIndex = after + 1;
    match = pattern.exec(original);
    start = after + 1;
  }
  if (!match) return undefined;
  let name = match[0];
  if (hangul) {
    // The run may swallow a particle: "김도윤이고" → "김도윤".
    const rest = original.slice(start);
    const run = /^\p{Script=Hangul}+(?:\s*합니다)?/u.exec(rest)?.[0] ?? name;
    // A one-syllable particle goes only when a three-syllable name stays ("윤서준이요"); "문가은"
    // ends in 은 and is a name.
    let trimmed = run;
    for (let pass = 0; pass < 2; pass++) {
      const shorter = trimmed.replace(HANGUL_TAIL, '');
      if (shorter === trimmed || shorter.length < (trimmed.length - shorter.length === 1 ? 3 : 2)) break;
      trimmed = shorter;
    }
    name = trimmed.length >= 2 && trimmed.length <= 4 ? trimmed : name;
  } else {
    name = name.replace(HAN_TAIL, '');
    // A Japanese given name in kana after a kanji family name: "山本さくらと申します".
    const kana = /^\p{Script=Hiragana}{1,4}(?=と申します|といいます|です)/u.exec(
      original.slice(start + name.length),
    );
    if (kana && name.length <= 3) name += kana[0];
  }
  // A Korean particle follows a name (and 이 is also the commonest surname): only Han names
  // are refused for a stop character at their start ("想问", "的").
  if (name.length < 1 || NAME_STOPS.has(name) || (!hangul && NAME_STOPS.has(name.charAt(0))))
    return undefined;
  return { tokens: [name], end: start + name.length };
}

function acceptable(tokens: readonly string[], ending: Ending, mode: NameMode, casing: Casing): boolean {
  const first = tokens[0];
  if (first === undefined) return false;
  if (ending === 'digit') return false; // "Jordan 4", "iPhone 14": a model, not a person
  if (mode === 'loose' && ending === 'word') return false; // "maria why do you need it"
  if (mode !== 'explicit' && ending === 'titled') return false; // "This is Acme Corp"
  const nameWords = tokens.filter((token) => !PARTICLES.has(bare(token)) || CAPITALISED.test(token));
  if (nameWords.length === 0 || nameWords.length > MAX_NAME_WORDS) return false;
  if (tokens.join('').replace(/[^\p{L}]/gu, '').length < 2) return false;
  if (tokens.some((token) => token.length > 30)) return false;

  const leadToken = tokens.find((token) => !PARTICLES.has(bare(token))) ?? first;
  const lead = bare(leadToken);
  const uncased = !/[\p{Lu}\p{Ll}]/u.test(lead);
  if (uncased) return true;
  // Without case information a weak cue needs a name compromise knows: "hi this is maria".
  if (mode === 'strict' && casing !== 'mixed') return isKnownGivenName(lead);

  const capitalised = casing === 'mixed' && /^\p{Lu}/u.test(leadToken);
  const verdict = lexiconVerdict(lead);
  if (verdict === 'hard') return false;
  // Unknown words the tagger reads as adjectives or verbs ("terrible", "Sunny") are as doubtful as soft ones.
  if (verdict === 'soft' || guessedNonName(lead)) {
    // A soft word may open a name when a later word vouches for it: "park ji-hoon",
    // "Jan de Vries", "will turner" are names; "wrong size" and "blue sweater" are not.
    if (tokens.slice(1).some((token, index) => vouchesForName(token, tokens[index] ?? ''))) return true;
    // Alone and capitalised it may be a name ("Hope", "I'm Frank"), but after a
    // self-introduction only if the tagger reads a person there ("I'm Premium" is not).
    // Alone and lower-case it is not ("fine", "confused").
    if (!capitalised) return false;
    return mode === 'loose' || mode === 'explicit' || taggerSeesPerson(leadToken.replace(/\.$/, ''));
  }
  return true;
}

/**
 * A word that makes a doubtful first word credible as a name: a known given or
 * family name, or a word compromise does not know and does not read as an adjective
 * or verb that is capitalised in mixed-case text, hyphenated or apostrophised
 * ("ji-hoon", "o'neil"), or follows a particle ("de *vries*"). "I'm Extremely *Upset*"
 * is not vouched for: "upset" is a known verb.
 */
function vouchesForName(token: string, previous: string): boolean {
  const word = bare(token);
  if (PARTICLES.has(word)) return false;
  const tags = lexiconTags(word);
  if (isKnownGivenName(word) || tags.includes('LastName')) return true;
  if (tags.length > 0 || guessedNonName(word)) return false;
  return /^\p{Lu}\p{Ll}/u.test(token) || /['-]/.test(word) || PARTICLES.has(bare(previous));
}
