import { type Contact, EMAIL_IN_TEXT } from '@supportbridge/shared';
import type { Language } from '../../language/compile-language.js';
import type { LanguageSet } from '../../language/language-set.js';
import { PHONE_IN_TEXT, replaceNameParts } from '../../language/personal-data.js';
import { tokenize } from '../../language/words.js';
import { type HandoverCue, handoverCue } from './handover-cues.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import { isDecline, isGreeting, isThanks, isYes } from './signals.js';
import type { TextUnit } from './text-units.js';

/**
 * What one visitor message means for the dialogue: small talk, a wish for a person, and the
 * units its content is matched with. Content is read the same whether it is asked or told.
 *
 * @example
 * const r = readTurn({ text: 'Do you ship abroad?', contact: {}, index, language: en, set: LANGUAGES });
 */
export interface TurnReading {
  greeting: boolean;
  thanks: boolean;
  yes: boolean;
  decline: boolean;
  /** Asks for help without saying with what ("I need help", "I have a question"). */
  vague: boolean;
  /** Carries content: an issue, a question, a request (not only small talk or contact details). */
  substantive: boolean;
  /** Put as a question (for the wording only: a statement is matched just the same). */
  question: boolean;
  /** Opens like a follow-up ("and for teams?", "what about Sundays"). */
  followUp: boolean;
  handover?: HandoverCue;
  /** The content, ready for the knowledge index. */
  units: TextUnit[];
  /**
   * Other readings of a message of several sentences: its question sentences alone ("Can I
   * cancel my order? I placed it by mistake"), and each sentence alone ("My email is … and my
   * name is Grace. My tracking link doesn't work."). Empty for a single sentence.
   */
  partUnits: TextUnit[][];
}

/** The message without the visitor's own contact details, which are never a topic. */
function withoutContact(text: string, contact: Contact): string {
  return replaceNameParts(text.replace(EMAIL_IN_TEXT, ' ').replace(PHONE_IN_TEXT, ' '), contact.name, ' ');
}

/** Words at most, in a reply to "what's your name?", that are still only the answer. */
const CONTACT_REPLY_WORDS = 4;

/**
 * Reads a visitor message. Pure: the same inputs give the same reading.
 *
 * @example
 * readTurn({ text: 'human please', contact: {}, index, language: en, set: LANGUAGES }).handover?.kind // 'asked'
 */
export function readTurn(input: {
  text: string;
  contact: Contact;
  index: KnowledgeIndex;
  /** The language to read the content in. */
  language: Language;
  set: LanguageSet;
  botName?: string;
  /** The bot just asked for a name or an email: a short reply is that detail, not an issue. */
  answeringContact?: boolean;
  /** The visitor said something before: a question without a topic of its own follows it up. */
  followsQuestion?: boolean;
}): TurnReading {
  const { text, contact, index, language, set } = input;
  const trimmed = text.trim();
  const rest = withoutContact(trimmed, contact);
  const greeting = isGreeting(trimmed, input.botName, set);
  const thanks = isThanks(trimmed, set);
  const yes = isYes(trimmed, set);
  const decline = isDecline(trimmed, set);
  const all = set.codes.map((code) => set.get(code)!);
  const words = tokenize(rest).map((t) => t.word);
  // What is left once the name is gone may be only small words and pleasantries: "great. I am".
  const read = index.unitsOf(rest, language.code);
  // A phrase of small words may still name a topic ("it doesn't work", "how much"): not chat.
  const pleasantries =
    words.every((word) => all.some((l) => l.isStopword(word) || l.smallTalk.filler(word))) &&
    !read.some((unit) => [...unit.terms.keys()].some((t) => t.startsWith('c:')));
  const asks = rest.includes('?') || [language, ...all].some((l) => l.smallTalk.question.test(rest));
  // A question with no content word of its own after an earlier one ("how often is that?",
  // "wie oft geht das") can only be about what was asked before: a follow-up of it.
  const elliptic =
    input.followsQuestion === true && asks && read.length === 0 && words.length > 0 && !greeting && !thanks;
  const chat =
    greeting || thanks || yes || (pleasantries && !elliptic) || (decline && tokenize(trimmed).length <= 4);
  const units = chat ? [] : read;
  const isVagueWord = (word: string) => all.some((l) => l.smallTalk.vagueWord.test(word));
  const vague =
    !chat &&
    words.some(isVagueWord) &&
    units.every(
      (unit) => unit.words.every(isVagueWord) && ![...unit.terms.keys()].some((t) => t.startsWith('c:')),
    );
  // A reply to "what's your name?" that gives it ("My name is Émilie, owner of Café Lumière")
  // or is short enough to be only that is the detail, not a new issue.
  const givesContact = [contact.name, contact.email].some(
    (detail) => detail && trimmed.toLowerCase().includes(detail.toLowerCase().split(/\s+/)[0] ?? detail),
  );
  const contactReply =
    input.answeringContact === true &&
    !rest.includes('?') &&
    (givesContact || words.length <= CONTACT_REPLY_WORDS);
  const substantive = !chat && !vague && !contactReply && (units.length > 0 || elliptic);
  const question = substantive && asks;
  return {
    greeting,
    thanks,
    yes,
    decline,
    vague,
    substantive,
    question,
    followUp: elliptic || [language, ...all].some((l) => l.smallTalk.followUp.test(rest)),
    ...withCue(handoverCue(trimmed, set)),
    units: substantive ? units : [],
    partUnits: substantive ? parts(rest, index, language) : [],
  };
}

const withCue = (cue: HandoverCue | undefined) => (cue ? { handover: cue } : {});

/** The units of the question sentences together, and of each sentence, when there are several. */
function parts(text: string, index: KnowledgeIndex, language: Language): TextUnit[][] {
  // Sentence ends are followed by a space: "49.90" and "v2.1" stay whole.
  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (sentences.length < 2) return [];
  const asking = sentences.filter((s) => s.endsWith('?'));
  const readings = [
    ...(asking.length > 0 && asking.length < sentences.length ? [asking.join(' ')] : []),
    ...sentences,
  ];
  return readings.map((reading) => index.unitsOf(reading, language.code)).filter((units) => units.length > 0);
}
