import type { Contact } from '@supportbridge/shared';
import type { EngineInput, EngineTurn } from '../engine.js';
import { asksFor, type ContactField, contactWishes } from './contact-wishes.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import { offersHuman } from './phrasing.js';
import { isDecline } from './signals.js';
import { readTurn, type TurnReading } from './turn-reading.js';

/**
 * Why the bot hands over to a person; `reason` is written for the support team.
 *
 * @example
 * const e: Escalation = { kind: 'asked', reason: 'The visitor asked to talk to a person.' };
 */
export interface Escalation {
  kind: 'asked' | 'frustrated' | 'stuck' | 'accepted';
  reason: string;
}

/**
 * What the next reply must do, decided from the transcript alone. Phrasing turns it into text.
 *
 * @example
 * const d = decide(input, index); if (d.escalation) yield { type: 'escalate', reason: d.escalation.reason };
 */
export interface Decision {
  /** The visitor has said nothing yet: open the conversation. */
  opening: boolean;
  /** First reply of the conversation: the bot says its name. */
  introduce: boolean;
  firstName?: string;
  /** The visitor only said hello. */
  greeted: boolean;
  thanked: boolean;
  /** The visitor asked for help without saying with what: ask what is going on. */
  vague: boolean;
  /** The visitor confirmed what the bot read back or answered ("yes that's right"). */
  confirmed: boolean;
  /** The visitor declined the detail the bot asked for. */
  declined: boolean;
  /** The visitor just gave their name. */
  welcomeName: boolean;
  /** The visitor just gave this email: read it back once. */
  readBackEmail?: string;
  escalation?: Escalation;
  /** Knowledge answers, verbatim. */
  answers: string[];
  /** A place the answers may not cover: say so, and offer a person. */
  unsurePlace?: string;
  /** Asked something the knowledge does not answer: say so and offer a person. */
  unknown: boolean;
  /** The visitor's message asks something (a statement gets no "Good question!"). */
  question: boolean;
  /** Described an issue the knowledge says nothing about: note it for the team. */
  noted: boolean;
  /** The one contact detail to ask for at the end of the reply. */
  ask?: ContactField;
  email?: string;
  /** Somewhere in the conversation the visitor said what they need. */
  issueKnown: boolean;
  /** An earlier reply already handed over: only the email still matters, no more offers. */
  handedOver: boolean;
}

/** Earlier turns replayed to rebuild what a stateful bot would remember; more adds nothing. */
const REPLAY_TURNS = 30;

interface Replayed {
  reading: TurnReading;
  escalation?: Escalation;
  unknownStreak: number;
}

function escalationOf(r: TurnReading, previousBot: string, unknownStreak: number): Escalation | undefined {
  if (r.wantsHuman) return { kind: 'asked', reason: 'The visitor asked to talk to a person.' };
  if (r.frustration)
    return { kind: 'frustrated', reason: `The visitor seems frustrated (“${r.frustration}”).` };
  if (r.yes && offersHuman(previousBot))
    return { kind: 'accepted', reason: 'The visitor accepted the offer to talk to a person.' };
  if (r.question && r.hits.length === 0 && unknownStreak >= 1)
    return { kind: 'stuck', reason: 'The bot could not answer two questions in a row.' };
  return undefined;
}

/** Walks the visitor's turns in order, as the bot lived them, and returns each one's outcome. */
function replay(messages: readonly EngineTurn[], contact: Contact, index: KnowledgeIndex): Replayed[] {
  const out: Replayed[] = [];
  let previousBot = '';
  let streak = 0;
  const start = Math.max(0, messages.length - REPLAY_TURNS * 2);
  for (const turn of messages.slice(start)) {
    if (turn.type === 'bot') {
      previousBot = turn.text;
      continue;
    }
    const reading = readTurn(turn.text, contact, index);
    const escalation = escalationOf(reading, previousBot, streak);
    if (escalation) streak = 0;
    else if (reading.question) streak = reading.hits.length === 0 ? streak + 1 : 0;
    else if (reading.issue) streak = 0;
    out.push({ reading, escalation, unknownStreak: streak });
    previousBot = '';
  }
  return out;
}

/** A bot turn that ended asking whether there is more. */
const ANYTHING_ELSE = /\banything else\b[^.!?]*\?\s*$/i;
/** Words that confirm what was said rather than say "yes, there is more". */
const CONFIRMS = /\b(?:correct|right|exactly|spot on|indeed)\b/i;

const FIELD_WORDS: Record<ContactField, RegExp> = { name: /\bname\b/i, email: /\be-?mail\b/i };

// An address the bot read back ("maria.g@x.com") does not mention "Maria".
const mentions = (text: string, word: string) =>
  new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu').test(
    text.replace(/\S+@\S+/g, ' '),
  );

/**
 * Decides the next reply of the intake engine. Deterministic and stateless: everything it
 * remembers (what it asked, what went unanswered) is replayed from the transcript.
 *
 * @example
 * decide({ bot, messages: [{ type: 'user', text: 'human please', createdAt: 0 }], contact: {} }, index).escalation?.kind // 'asked'
 */
export function decide(input: EngineInput, index: KnowledgeIndex): Decision {
  const { messages, contact, bot } = input;
  const lastUser = messages.findLastIndex((m) => m.type === 'user');
  const earlierBot = messages
    .slice(0, Math.max(lastUser, 0))
    .filter((m) => m.type === 'bot')
    .map((m) => m.text);
  const previousBot =
    lastUser > 0 && messages[lastUser - 1]?.type === 'bot' ? messages[lastUser - 1]!.text : '';
  const firstName = contact.name?.trim().split(/\s+/)[0];
  const email = contact.email?.trim() || undefined;
  const turns = lastUser < 0 ? [] : replay(messages.slice(0, lastUser + 1), contact, index);
  const current = turns.at(-1);
  const base: Decision = {
    opening: !current,
    // Introduce the bot once, unless the greeting already did.
    // The widget shows the greeting without storing it: one that names the bot introduced it.
    introduce:
      Boolean(bot.name) &&
      !mentions(bot.greeting ?? '', bot.name!) &&
      !earlierBot.some((text) => mentions(text, bot.name!)) &&
      earlierBot.length <= 1,
    firstName,
    greeted: false,
    thanked: false,
    vague: false,
    confirmed: false,
    declined: false,
    welcomeName: false,
    answers: [],
    unknown: false,
    question: false,
    noted: false,
    email,
    issueKnown: turns.some((t) => t.reading.issue),
    handedOver: turns.slice(0, -1).some((t) => t.escalation),
  };
  if (!current) return base;
  const r = current.reading;
  const lastText = messages[lastUser]?.text ?? '';
  const escalation = current.escalation;
  const wishes = contactWishes(bot.backstory);
  const askedBefore = (field: ContactField) => earlierBot.filter((text) => asksFor(text, field)).length;
  // A refusal counts for the detail just asked, or for the one it names ("I'd rather not say my name").
  const declinedBefore = (field: ContactField) =>
    messages.some(
      (m, i) =>
        m.type === 'user' &&
        isDecline(m.text) &&
        (asksFor(messages[i - 1]?.text ?? '', field) || FIELD_WORDS[field].test(m.text)),
    );

  // "Yes" to "anything else?" means there is more: ask what, as for "I need help". After a
  // read-back, or worded as "correct", it confirms what was read back instead.
  const moreToSay =
    r.yes &&
    !r.thanks &&
    ANYTHING_ELSE.test(previousBot) &&
    !CONFIRMS.test(lastText) &&
    !/\S@\S/.test(previousBot);
  const vague = !escalation && (r.vague || moreToSay);
  let ask: ContactField | undefined;
  if (r.thanks || vague) {
    // A visitor saying goodbye is not asked for anything more.
  } else if (escalation) {
    if (!email && !wishes.refused.includes('email') && !declinedBefore('email')) ask = 'email';
  } else if (base.issueKnown) {
    // After a hand-over the team needs a way to reply, not a name: ask for nothing else.
    const fields = base.handedOver ? wishes.ask.filter((field) => field === 'email') : wishes.ask;
    // The first missing detail, asked at most twice. A visitor who answered the question with
    // something else (an order number, a question) is asked once more before moving on, so the
    // name is not left behind the email; a bare "ok" instead of an answer moves on.
    ask = fields.find(
      (field) =>
        !contact[field]?.trim() &&
        !(asksFor(previousBot, field) && !r.substantive) &&
        askedBefore(field) < 2 &&
        !declinedBefore(field),
    );
  }
  return {
    ...base,
    greeted: r.greeting,
    thanked: r.thanks,
    vague,
    confirmed: !escalation && !moreToSay && r.yes && !r.thanks && !offersHuman(previousBot),
    declined: r.decline && (asksFor(previousBot, 'name') || asksFor(previousBot, 'email')),
    welcomeName:
      Boolean(firstName) &&
      !earlierBot.some((text) => mentions(text, firstName!)) &&
      (asksFor(previousBot, 'name') || mentions(lastText, firstName!)),
    readBackEmail:
      email &&
      !earlierBot.some((text) => text.toLowerCase().includes(email.toLowerCase())) &&
      (asksFor(previousBot, 'email') || lastText.toLowerCase().includes(email.toLowerCase()))
        ? email
        : undefined,
    escalation,
    answers: escalation ? [] : r.hits.map((hit) => hit.answer),
    ...(!escalation && r.unsurePlace && { unsurePlace: r.unsurePlace }),
    unknown: !escalation && r.question && r.hits.length === 0,
    question: r.question,
    noted: !escalation && r.issue && !r.question && r.hits.length === 0,
    ask,
  };
}
