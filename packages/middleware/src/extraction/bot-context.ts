/**
 * What the bot's turns tell about the visitor's next answers: which contact field the
 * bot just asked for ("What's your first name?" makes the next user turn a given
 * name, even typed in lower case), and the bot's own name ("Hi, I'm Ava"), which is
 * never the visitor's.
 */
import {
  ASKS_EMAIL,
  ASKS_FAMILY_NAME,
  ASKS_GIVEN_NAME,
  ASKS_NAME,
  NAME_WORDS,
  REQUEST_WORDS,
} from './cues.js';
import { foldText } from './text.js';

export type ContactField = 'name' | 'givenName' | 'familyName' | 'email' | 'phone';

export interface BotTurnReading {
  /** Fields the bot asked for in this turn. */
  asks: ReadonlySet<ContactField>;
  /** Lower-cased names the bot introduced itself with. */
  selfNames: readonly string[];
  /** Lower-cased capitalised words the bot used: names of agents, shops, the bot. */
  mentioned: readonly string[];
}

// A request is a question, or a sentence that asks for something without a "?".
const REQUEST =
  /[?？؟;;]\s*$|[?？؟]|ください|教えて|请|請|주세요|알려|\b(?:please|pls|could you|can you|would you|may i|can i|could i|let me know|tell me|share|provide|enter|type|need your|what's|what is)\b/i;

const GIVEN = /\b(?:first|given|fore)[ -]?name\b|\bprénom\b|\bvorname\b|\bnombre de pila\b/i;
const FAMILY = /\b(?:last|family|sur)[ -]?name\b|\bsurname\b|\bnachname\b|\bapellidos?\b|\bnom de famille\b/i;
const NAME =
  /(?<!\b(?:user|company|business|product|file|store|shop|street|account|display|brand|item|model|domain|screen|host|pet|project|team|organi[sz]ation)[ -]?)\bname\b(?!\s+of\b)|\bwho (?:am i|do i have the pleasure of)\b|\bwhat (?:should|can|may|do) i call you\b|\bhow (?:should|may|can|do) i address you\b|\bintroduce yourself\b|\bwho is this\b|\bnombre\b|\bcómo te llamas\b|\bcomo se llama\b|\bnom\b|\bnome\b|\bnaam\b|\bwie hei(?:ß|ss)en sie\b|\bwie hei(?:ß|ss)t du\b|\bcome ti chiami\b|\bcomment vous appelez\b|как вас зовут|ваше имя|имя|お名前|名前|이름|姓名|名字|怎么称呼/i;
const EMAIL =
  /\be-?mails?\b|\bmail address\b|\bcorreo\b|\bcourriel\b|\badresse mail\b|počt|почт|メール|이메일|邮箱|電子郵件/i;
const PHONE =
  /\b(?:phone|telephone|mobile|cell(?:phone)?|whatsapp|contact number|call you|callback number|tel(?:efon|éfono|éphone)?)\b/i;

const SELF_INTRO =
  /(?<!\p{L})(?:[Ii]'m|[Ii] am|[Mm]y name is|[Mm]y name's|[Tt]his is|[Ii]t's|[Cc]all me)\s+((?:[\p{Lu}][\p{L}\p{M}'-]*)(?:\s+[\p{Lu}][\p{L}\p{M}'-]*)?)|(?:^|[.!?]\s+|,\s*)([\p{Lu}][\p{L}\p{M}'-]*)\s+here\b/gu;
const CAPITALISED_WORD = /(?<![\p{L}\p{M}'@.-])[\p{Lu}][\p{L}\p{M}'-]+/gu;
const NOT_A_NAME = new Set(['i', "i'm", 'the', 'your', 'our', 'a', 'an', 'here', 'happy', 'sorry', 'glad']);

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|(?<=[。！？])|\n+/).filter((sentence) => sentence.trim() !== '');
}

/**
 * Whether a request names the visitor's name with any language's word for it, inflected:
 * "nach Ihrem Namen", "seu nome", "imienia". The English word is left to `NAME`, which knows
 * "user name" and "name of the product" are something else.
 */
function namesTheName(sentence: string): boolean {
  const words = sentence.toLowerCase().match(/[\p{L}\p{M}']+/gu) ?? [];
  return words.some((word) =>
    NAME_WORDS.some((label) => word.startsWith(label) && word.length <= label.length + 3),
  );
}

/**
 * Reads one bot turn.
 *
 * @example
 * readBotTurn("Hi, I'm Ava! What's your first name?").asks; // Set { "givenName" }
 */
export function readBotTurn(text: string): BotTurnReading {
  const folded = foldText(text);
  const asks = new Set<ContactField>();
  for (const sentence of sentences(folded)) {
    if (!REQUEST.test(sentence) && !REQUEST_WORDS.test(sentence)) continue;
    const given = GIVEN.test(sentence) || ASKS_GIVEN_NAME.test(sentence);
    const family = FAMILY.test(sentence) || ASKS_FAMILY_NAME.test(sentence);
    // "first and last name" is a request for the whole name.
    // "Votre nom et prénom ?" asks for the whole name, as "first and last name" does.
    // "¿Nombre y apellidos?", "Name und Nachname?": a name word beside the family name asks for both.
    if ((given && family) || ((given || family) && ASKS_NAME.test(sentence))) asks.add('name');
    else if (given) asks.add('givenName');
    else if (family) asks.add('familyName');
    else if (NAME.test(sentence) || ASKS_NAME.test(sentence) || namesTheName(sentence)) asks.add('name');
    if (EMAIL.test(sentence) || ASKS_EMAIL.test(sentence)) asks.add('email');
    if (PHONE.test(sentence)) asks.add('phone');
  }

  const selfNames: string[] = [];
  for (const match of folded.matchAll(SELF_INTRO)) {
    const name = (match[1] ?? match[2] ?? '').toLowerCase();
    const first = name.split(/\s+/)[0] ?? '';
    if (first && !NOT_A_NAME.has(first)) selfNames.push(name, first);
  }
  const mentioned = [...folded.matchAll(CAPITALISED_WORD)].map((match) => match[0].toLowerCase());
  return { asks, selfNames, mentioned };
}
