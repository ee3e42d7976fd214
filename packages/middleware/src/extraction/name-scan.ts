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

import { isCommonWord, STOP_WORDS_ALL_LANGUAGES } from '../language/compile-contact.js';
import { NAME_STOPS, TITLE_WORDS } from './cues.js';
import {
  guessedNonName,
  isKnownGivenName,
  lexiconTags,
  lexiconVerdict,
  taggerSeesPerson,
} from './lexicon.js';
import {
  everyday,
  keyboardRun,
  LABEL_WORDS,
  PLACEHOLDER_NAMES,
  uncasedScript,
  unknownWords,
} from './name-evidence.js';
import { PARTICLES, STOP_WORDS, SUFFIXES, TITLES } from './name-words.js';
import type { Casing } from './text.js';
import { readUnspacedName, UNSPACED } from './unspaced-name.js';

export type NameMode = 'loose' | 'explicit' | 'cued' | 'strict';

export interface ScannedName {
  /** Name words as typed, titles dropped. */
  tokens: string[];
  /** Offset just after the last word read. */
  end: number;
}

/** Words after which a name may end even in a bare answer: "Tom from accounting". */
const CONNECTORS: ReadonlySet<string> = new Set(
  'and but from here at of und et e en og och ja ve и і και oraz và with by via plus or so lol haha hehe thanks thank thx ty please pls cheers'.split(
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
const DOTTED = /^\p{L}+(?:\.\p{L}+)+\.?(?=\s)/u;
/** A nickname in brackets inside a name: "Francesca (Fran) Albanese". */
const NICKNAME = /[ \t]*\([\p{L}\p{M}'-]{1,20}\)[ \t]+(?=\p{Lu})/uy;
const MAX_NAME_WORDS = 4;

// 'titled': stopped at a capitalised word that is not a name ("This is Acme *Corp*").
// 'handle': glued to "_", "@" or ".x", so part of a user name or address ("tunde_ade99").
type Ending = 'end' | 'punctuation' | 'connector' | 'word' | 'titled' | 'digit' | 'handle';
const HANDLE_GLUE = /^(?:[_@\uFFFC]|\.[\p{L}\p{N}])/u;

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
  const name = scanName(original, folded, start, mode, casing, false);
  if (name || !/^\s*[^\p{Lu}\p{Ll}\P{L}]/u.test(folded.slice(start, start + 8))) return name;
  // In a script without capitals nothing marks where a name ends: when the plain reading runs
  // on too far, end it at the first frequent word of the language ("سامي بن عاشور |أتقدم بطلب").
  return scanName(original, folded, start, mode, casing, true);
}

function scanName(
  original: string,
  folded: string,
  start: number,
  mode: NameMode,
  casing: Casing,
  stopAtCommon: boolean,
): ScannedName | undefined {
  const tokens: string[] = [];
  /** Where each token ends, so a token dropped from the end gives its place back. */
  const ends: number[] = [];
  let position = start;
  let end = start;
  let ending: Ending = 'end';
  GAP.lastIndex = position;
  if (GAP.test(folded)) position = GAP.lastIndex;
  if (UNSPACED.test(folded.charAt(position))) return readUnspacedName(original, position, mode);

  while (position < folded.length) {
    WORD.lastIndex = position;
    const match = WORD.exec(folded);
    if (!match) {
      ending = /\d/.test(folded[position] ?? '') ? 'digit' : 'punctuation';
      break;
    }
    // "Dott.ssa", "Sig.ra": a title abbreviated with a dot inside.
    const dotted = tokens.length === 0 ? DOTTED.exec(folded.slice(position)) : null;
    if (dotted && TITLE_WORDS.has(dotted[0].toLowerCase().replace(/\.$/, ''))) {
      position += dotted[0].length;
      GAP.lastIndex = position;
      if (GAP.test(folded)) position = GAP.lastIndex;
      continue;
    }
    const raw = original.slice(position, position + match[0].length);
    const lower = bare(raw);
    const afterParticle = PARTICLES.has(bare(tokens.at(-1) ?? ''));
    if (
      stopAtCommon &&
      tokens.length >= 2 &&
      !afterParticle &&
      uncasedScript(lower) &&
      !PARTICLES.has(lower) &&
      isCommonWord(lower, 3000)
    ) {
      ending = 'word';
      break;
    }
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
    ends.push(end);
    if (sentenceEnd) {
      ending = /[\p{L}\p{N}]/u.test(folded.charAt(position)) ? 'handle' : 'punctuation';
      break;
    }
    NICKNAME.lastIndex = position;
    if (tokens.length === 1 && NICKNAME.test(folded)) {
      position = NICKNAME.lastIndex;
      continue;
    }
    GAP.lastIndex = position;
    if (!GAP.test(folded)) {
      ending =
        position >= folded.length
          ? 'end'
          : /\d/.test(folded[position] ?? '')
            ? 'digit'
            : HANDLE_GLUE.test(folded.slice(position, position + 2))
              ? 'handle'
              : 'punctuation';
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
  // A post-nominal still belongs to the name's line; a particle ("… Doğru ben,") may be the next
  // cue, so the name ends before it.
  while (
    tokens.length > 1 &&
    (PARTICLES.has(bare(tokens.at(-1) ?? '')) || postNominal(tokens.at(-1) ?? ''))
  ) {
    if (PARTICLES.has(bare(tokens.at(-1) ?? ''))) end = ends.at(-2) ?? end;
    tokens.pop();
    ends.pop();
  }
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

function acceptable(tokens: readonly string[], ending: Ending, mode: NameMode, casing: Casing): boolean {
  const first = tokens[0];
  if (first === undefined) return false;
  if (ending === 'digit') return false; // "Jordan 4", "iPhone 14": a model, not a person
  if (ending === 'handle' && mode !== 'explicit') return false; // "it's tunde_ade99 at hotmail"
  if (mode === 'loose' && ending === 'word') return false; // "maria why do you need it"
  if (mode !== 'explicit' && ending === 'titled') return false; // "This is Acme Corp"
  const nameWords = tokens.filter((token) => !PARTICLES.has(bare(token)) || CAPITALISED.test(token));
  if (nameWords.length === 0 || nameWords.length > MAX_NAME_WORDS) return false;
  if (tokens.join('').replace(/[^\p{L}]/gu, '').length < 2) return false;
  if (tokens.some((token) => token.length > 30)) return false;

  const leadToken = tokens.find((token) => !PARTICLES.has(bare(token))) ?? first;
  const lead = bare(leadToken);
  // "Ik ben Klant", "Я Клиент", "Sono Italiano": a language's everyday words, capitalised or
  // not, are no name after a weak cue. Not so in scripts without case, whose names are often
  // words ("نور" is light).
  if (mode === 'strict' && !uncasedScript(lead) && everyday(tokens)) return false;
  const placeholder = (word: string) =>
    keyboardRun(word) || LABEL_WORDS.has(word) || PLACEHOLDER_NAMES.has(word);
  if (tokens.some((token) => placeholder(bare(token)))) return false;
  // "Ik ben Student", "I'm Premium": one word the lexicon files as a common noun is, after a
  // weak cue, a role rather than a name unless the tagger reads a person there.
  if (
    mode === 'strict' &&
    tokens.length === 1 &&
    lexiconTags(lead).includes('Singular') &&
    !taggerSeesPerson(leadToken.replace(/\.$/, ''))
  )
    return false;
  // Arabic-script words with the article ("القاهرة", "الفاتورة") are no given name after a weak cue.
  if (mode !== 'explicit' && mode !== 'loose' && /^ال\p{Script=Arabic}{2,}/u.test(lead)) return false;
  const uncased = !/[\p{Lu}\p{Ll}]/u.test(lead);
  if (uncased) return true;
  // Without case information a weak cue needs a name compromise knows ("hi this is maria"),
  // or words no dictionary knows that end where a name ends: "im priya raman, my order…".
  if (mode === 'strict' && casing !== 'mixed')
    return (
      isKnownGivenName(lead) ||
      unknownWords(tokens, ending === 'end' || ending === 'punctuation' || ending === 'connector')
    );

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
