import type { Bot, Contact } from '@supportbridge/shared';
import type { Language } from '../../language/compile-language.js';
import type { LanguageSet } from '../../language/language-set.js';
import type { BotTurnAct, EngineTurn } from '../engine.js';
import { type ContactField, contactWishes } from './contact-wishes.js';
import { type Escalation, escalationOf } from './escalation.js';
import { findAnswers } from './find-answers.js';
import type { KnowledgeHit, KnowledgeIndex } from './knowledge-index.js';
import { isDecline, namesField } from './signals.js';
import { readTurn } from './turn-reading.js';

/**
 * What the next reply must do, decided from the transcript and what earlier bot turns
 * recorded they did. Phrasing turns it into text in the reply's language.
 *
 * @example
 * const d = decide({ bot, messages, contact }, index, LANGUAGES, en); if (d.escalation) …
 */
export interface Decision {
  /** The language the reply is written in. */
  language: Language;
  /** The visitor has said nothing yet: open the conversation. */
  opening: boolean;
  /** No reply before this one. */
  firstReply: boolean;
  /** First reply of the conversation: the bot says its name. */
  introduce: boolean;
  firstName?: string;
  greeted: boolean;
  thanked: boolean;
  /** Asked for help without saying with what: ask what is going on. */
  vague: boolean;
  /** Confirmed what the bot read back or answered ("yes that's right"). */
  confirmed: boolean;
  /** Declined the detail the bot asked for. */
  declined: boolean;
  /** Just gave their name. */
  welcomeName: boolean;
  /** Just gave this email: read it back once. */
  readBackEmail?: string;
  escalation?: Escalation;
  /** Knowledge that answers the message, best first. */
  answers: KnowledgeHit[];
  /** The answer is the one given just before: point to it rather than paste it again. */
  sameAnswer: boolean;
  /** Said something the knowledge does not answer: say so. */
  unknown: boolean;
  /** After a hand-over, more about the matter: it goes to the team, not to "I don't know". */
  addedForTeam: boolean;
  /** Put as a question (wording only). */
  question: boolean;
  /** Offer a person: nothing answered it, or an answer may not be enough. */
  offerPerson: boolean;
  /** The one contact detail to ask for at the end of the reply. */
  ask?: ContactField;
  email?: string;
  /** Somewhere in the conversation the visitor said what they need. */
  issueKnown: boolean;
  /** An earlier reply already handed over: only the email still matters, no more offers. */
  handedOver: boolean;
}

// A name the greeting already said need not be said again; an address read back is not a name.
const mentions = (text: string, word: string) =>
  new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu').test(
    text.replace(/\S+@\S+/g, ' '),
  );

/**
 * Decides the next reply of the intake engine. Deterministic and stateless: what it asked,
 * offered and answered before comes from the acts stored with the earlier bot turns.
 *
 * @example
 * decide({ bot, messages: [{ type: 'user', text: 'human please', createdAt: 0 }], contact: {} }, index, LANGUAGES, en).escalation?.kind // 'asked'
 */
export function decide(
  input: { bot: Bot; messages: readonly EngineTurn[]; contact: Contact },
  index: KnowledgeIndex,
  set: LanguageSet,
  language: Language,
): Decision {
  const { messages, contact, bot } = input;
  const lastUser = messages.findLastIndex((m) => m.type === 'user');
  const acts: BotTurnAct[] = messages
    .slice(0, Math.max(lastUser, 0))
    .filter((m) => m.type === 'bot')
    .map((m) => m.act ?? {});
  const previous: BotTurnAct =
    (lastUser > 0 && messages[lastUser - 1]?.type === 'bot' && messages[lastUser - 1]?.act) || {};
  const firstName = contact.name?.trim().split(/\s+/)[0];
  const email = contact.email?.trim() || undefined;
  const base: Decision = {
    language,
    opening: lastUser < 0,
    firstReply: acts.length === 0,
    introduce:
      Boolean(bot.name) &&
      !mentions(bot.greeting ?? '', bot.name!) &&
      !acts.some((act) => act.introduced) &&
      acts.length <= 1,
    firstName,
    greeted: false,
    thanked: false,
    vague: false,
    confirmed: false,
    declined: false,
    welcomeName: false,
    answers: [],
    sameAnswer: false,
    unknown: false,
    addedForTeam: false,
    question: false,
    offerPerson: false,
    email,
    issueKnown: acts.some((act) => act.issueKnown),
    handedOver: acts.some((act) => act.handedOver),
  };
  if (lastUser < 0) return base;
  const text = messages[lastUser]?.text ?? '';
  const earlierText = messages.slice(0, lastUser).findLast((m) => m.type === 'user')?.text;
  const r = readTurn({
    text,
    contact,
    index,
    language,
    set,
    botName: bot.name,
    answeringContact: previous.asked === 'name' || previous.asked === 'email',
    followsQuestion: earlierText !== undefined,
  });
  const hits =
    r.substantive && !r.handover
      ? findAnswers(
          index,
          r.units,
          earlierText ? index.unitsOf(earlierText, language.code) : [],
          r.followUp,
          r.partUnits,
        )
      : [];
  const escalation = escalationOf(r, previous, hits.length > 0);
  const issueKnown = base.issueKnown || r.substantive;
  const wishes = contactWishes(bot.backstory);
  const askedBefore = (field: ContactField) => acts.filter((act) => act.asked === field).length;
  // A refusal counts for the detail just asked, or for the one it names ("I'd rather not say my name").
  const declinedBefore = (field: ContactField) =>
    messages.some(
      (m, i) =>
        m.type === 'user' &&
        isDecline(m.text, set) &&
        (messages[i - 1]?.act?.asked === field || namesField(m.text, field, set)),
    );
  // "Yes" to "anything else?" means there is more: ask what, as for "I need help".
  const moreToSay = r.yes && !r.thanks && previous.asked === 'more' && !previous.readBack;
  const vague = !escalation && (r.vague || moreToSay);
  let ask: ContactField | undefined;
  if (r.thanks || vague) {
    // A visitor saying goodbye is not asked for anything more.
  } else if (escalation) {
    if (!email && !wishes.refused.includes('email') && !declinedBefore('email')) ask = 'email';
  } else if (issueKnown) {
    // After a hand-over the team needs a way to reply, not a name: ask for nothing else.
    const fields = base.handedOver ? wishes.ask.filter((field) => field === 'email') : wishes.ask;
    // The first missing detail, asked at most twice; a bare "ok" instead of an answer moves on.
    ask = fields.find(
      (field) =>
        !contact[field]?.trim() &&
        !(previous.asked === field && !r.substantive) &&
        askedBefore(field) < 2 &&
        !declinedBefore(field),
    );
  }
  const answers = escalation ? [] : hits;
  const given = new Set((previous.answered ?? []).map((a) => a.entry));
  const unanswered = !escalation && r.substantive && hits.length === 0;
  const unknown = unanswered && !base.handedOver;
  const foreign = answers.some((hit) => hit.language !== language.code);
  return {
    ...base,
    greeted: r.greeting,
    thanked: r.thanks,
    vague,
    confirmed: !escalation && !moreToSay && r.yes && !r.thanks && !previous.offeredPerson,
    declined: r.decline && (previous.asked === 'name' || previous.asked === 'email'),
    welcomeName:
      Boolean(firstName) &&
      !acts.some((act) => act.welcomed === firstName) &&
      (previous.asked === 'name' || mentions(text, firstName!)),
    readBackEmail:
      email &&
      !acts.some((act) => act.readBack?.toLowerCase() === email.toLowerCase()) &&
      (previous.asked === 'email' || text.toLowerCase().includes(email.toLowerCase()))
        ? email
        : undefined,
    ...(escalation && { escalation }),
    answers,
    sameAnswer: answers.length > 0 && answers.every((hit) => given.has(hit.entry)),
    unknown,
    addedForTeam: unanswered && base.handedOver,
    question: r.question,
    offerPerson: !base.handedOver && (unknown || (answers.length > 0 && (!r.question || foreign))),
    issueKnown,
    ask,
  };
}
