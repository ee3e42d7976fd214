/**
 * Names in scripts written without spaces: Chinese and Japanese (Han, perhaps with a kana
 * given name) and Korean (Hangul before its particles and copulas).
 */
import { isEverydayWord } from '../language/compile-contact.js';
import { NAME_STOPS } from './cues.js';
import type { NameMode, ScannedName } from './name-scan.js';

/** A letter of a script written without spaces between words (Han, Hangul). */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hangul}]/u;
/** A Chinese or Japanese name: 1–4 Han characters, or family and given name apart ("高橋 直樹"). */
const HAN_NAME =
  /\p{Script=Han}{1,2} \p{Script=Han}{1,3}(?!\p{Script=Han})|\p{Script=Han}{5}(?=です|と申します|といいます)|\p{Script=Han}{1,4}/uy;
/** A Korean name: 2–4 syllables, before any particle or copula. */
const HANGUL_NAME = /\p{Script=Hangul}{2,4}/uy;
/** What follows a Korean name and is not part of it: copulas and particles. */
const HANGUL_TAIL =
  /(?:이라고\s*합니다|라고\s*합니다|이라고\s*해요|인데요|이고요|입니다|이에요|예요|이고|이며|이랑|이야|님|씨|은|는|이|가|요)$/u;
/** A department or company and the particle の before a Japanese name. */
const OWNER = /^[\p{Script=Han}\p{Script=Katakana}ー]{1,16}の(?=\p{Script=Han})/u;
/** Honorifics written after a name in Chinese and Japanese. */
const HAN_TAIL = /(?:先生|女士|小姐|博士|老师|様|さま|さん|氏)$/u;

/**
 * Reads a name in a script written without spaces. The name's end is found where the
 * script changes (a kana particle after kanji, punctuation) or where a particle of the
 * language starts; a first character that is a stop word ("想", "的") is no name.
 *
 * @example
 * readUnspacedName('王芳です', 0, 'strict')?.tokens // ["王芳"]
 */
export function readUnspacedName(original: string, from: number, mode: NameMode): ScannedName | undefined {
  let start = from;
  const hangul = /\p{Script=Hangul}/u.test(original.charAt(start));
  const pattern = hangul ? HANGUL_NAME : HAN_NAME;
  pattern.lastIndex = start;
  let match = pattern.exec(original);
  // Japanese "経理の鈴木", "株式会社ミドリ商事の佐々木": the name is what belongs to the
  // department or company, after の.
  const owner = hangul ? null : OWNER.exec(original.slice(start, start + 24));
  if (owner) {
    start += owner[0].length;
    pattern.lastIndex = start;
    match = pattern.exec(original);
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
  // "我是学生", "저는 학생입니다": a common word of the language after a weak cue is no name.
  if (mode === 'strict' && isEverydayWord(name)) return undefined;
  return { tokens: [name], end: start + name.length };
}
