import { plain } from '../../language/compile-language.js';
import type { LanguageSet } from '../../language/language-set.js';

/**
 * Why a message needs a person, most pressing first: an emergency before a threat, a threat
 * before a dispute, a dispute before plain frustration, and a plain request last.
 *
 * @example
 * const kind: HandoverKind = 'urgent';
 */
export type HandoverKind = 'urgent' | 'legal' | 'dispute' | 'repeated' | 'frustrated' | 'asked';

/**
 * A cue found in a message: its kind and the words that showed it.
 *
 * @example
 * const cue: HandoverCue = { kind: 'asked', quote: 'talk to ' };
 */
export interface HandoverCue {
  kind: HandoverKind;
  quote: string;
}

const ORDER: readonly [
  HandoverKind,
  'urgent' | 'legal' | 'dispute' | 'repeated' | 'frustration' | 'person',
][] = [
  ['urgent', 'urgent'],
  ['legal', 'legal'],
  ['dispute', 'dispute'],
  ['repeated', 'repeated'],
  ['frustrated', 'frustration'],
  ['asked', 'person'],
];

/** A shouted sentence, not an acronym or two ("UPS lost my DHL box"). */
function shouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = text.replace(/[^\p{Lu}]/gu, '');
  const words = text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  return words.length >= 3 && letters.length >= 12 && upper.length / letters.length > 0.8;
}

/**
 * The strongest cue that the visitor needs a person, in any of the languages (visitors mix
 * them, and a short message's language is a guess), or undefined. "I don't need a human"
 * cancels a request for a person, not an emergency or a dispute.
 *
 * @example
 * handoverCue('Can I speak to the manager?', LANGUAGES)?.kind // 'asked'
 */
export function handoverCue(text: string, languages: LanguageSet): HandoverCue | undefined {
  const message = plain(text);
  const all = languages.codes.map((code) => languages.get(code)!);
  const refusesPerson = all.some((l) => l.handover.notPerson.test(message));
  for (const [kind, cue] of ORDER) {
    if (kind === 'asked' && refusesPerson) continue;
    for (const language of all) {
      const match = language.handover[cue].exec(message);
      if (match) return { kind, quote: match[0].trim() };
    }
    if (kind === 'frustrated') {
      if (/!{3,}/.test(text)) return { kind, quote: '!!!' };
      if (shouting(text)) return { kind, quote: 'writing in capitals' };
    }
  }
  return undefined;
}
