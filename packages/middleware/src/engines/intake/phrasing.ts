import type { Bot } from '@supportbridge/shared';
import type { PhraseKey } from '../../language/intake-data.js';
import { languageName } from '../../language/languages.js';
import type { BotTurnAct } from '../engine.js';
import type { Decision } from './dialogue-policy.js';
import type { Escalation } from './escalation.js';

/** FNV-1a: a stable hash, so the same transcript always picks the same wording. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const HANDOVER: Readonly<Record<Escalation['kind'], PhraseKey>> = {
  asked: 'handoverAsked',
  accepted: 'handoverAccepted',
  stuck: 'handoverStuck',
  frustrated: 'handoverFrustrated',
  repeated: 'handoverFrustrated',
  urgent: 'handoverUrgent',
  dispute: 'handoverDispute',
  legal: 'handoverDispute',
};

/**
 * The reply the visitor reads, and what it did (the act stored with it).
 *
 * @example
 * const { text, act } = compose(decision, bot, seed, previousAct);
 */
export interface Composed {
  text: string;
  act: BotTurnAct;
}

/**
 * Turns a decision into the reply, in the decision's language: acknowledgements first, then
 * the answer (knowledge in another language is introduced as such, set apart, never woven
 * into a sentence) or an honest "I don't know", then at most one question at the end.
 * Wordings the previous reply used are avoided while another is left.
 *
 * @example
 * compose(decide(input, index, LANGUAGES, en), bot, '3:hello', {}).text
 */
export function compose(d: Decision, bot: Bot, seed: string, previous: BotTurnAct): Composed {
  const phrases = d.language.pack.phrases;
  const act: BotTurnAct = { language: d.language.code, ...(d.issueKnown && { issueKnown: true }) };
  const used: string[] = [];
  const avoid = new Set(previous.phrases ?? []);
  const fill = (text: string, extra: Record<string, string> = {}) =>
    text
      .replaceAll('{, first}', d.firstName ? `, ${d.firstName}` : '')
      .replaceAll('{first}', d.firstName ?? '')
      .replaceAll('{email}', d.email ?? '')
      .replaceAll('{bot}', bot.name ?? '')
      .replace(/\{(\w+)\}/g, (all, key: string) => extra[key] ?? all);
  const say = (key: PhraseKey, extra?: Record<string, string>) => {
    const variants = phrases[key];
    const start = hash(`${seed}:${key}`) % variants.length;
    const order = variants.map((_, i) => (start + i) % variants.length);
    const pick = order.find((i) => !avoid.has(`${key}#${i}`)) ?? start;
    used.push(`${key}#${pick}`);
    return fill(variants[pick] ?? '', extra);
  };
  if (d.opening) return { text: bot.greeting?.trim() || say('opening'), act: { ...act, asked: 'issue' } };

  const blocks: string[][] = [[]];
  const line = (text: string) => {
    if (text) blocks.at(-1)?.push(text);
  };
  const apart = (text: string) => {
    blocks.push([text], []);
  };
  let question = '';
  if (d.introduce) {
    line(say(d.greeted ? 'introGreeted' : 'intro'));
    act.introduced = true;
  } else if (d.greeted) line(say(d.firstReply ? 'greet' : 'greetAgain'));
  if (d.welcomeName && !(d.introduce && d.greeted)) {
    line(say('welcome'));
    act.welcomed = d.firstName;
  }
  if (d.readBackEmail) {
    line(say('readBack'));
    act.readBack = d.readBackEmail;
  } else if (d.confirmed) line(say('confirmed'));
  else if (d.declined && !d.welcomeName) line(say('declined'));
  if (d.thanked && !d.escalation) line(say(d.issueKnown ? 'thanked' : 'thankedEarly'));

  if (d.escalation) {
    // Handed over once already: announcing it again reads like a loop.
    line(say(d.handedOver ? 'alreadyHanded' : HANDOVER[d.escalation.kind]));
    act.handedOver = true;
    if (d.ask === 'email') question = say('askEmailFirst');
    else if (d.email && !d.readBackEmail) line(say('theyReply'));
    if (!question && !d.issueKnown) question = say('tellMore');
  } else {
    if (d.sameAnswer) line(say('sameAnswer'));
    else if (d.answers.length > 0) {
      act.answered = d.answers.map((hit) => ({ entry: hit.entry, text: hit.answer }));
      for (const [i, hit] of d.answers.entries()) {
        if (hit.language === d.language.code)
          line(i > 0 ? hit.answer : `${say(d.question ? 'answerLead' : 'problemLead')} ${hit.answer}`.trim());
        else {
          line(say('onlyIn', { language: languageName(hit.language, d.language.code) }));
          apart(hit.answer);
        }
      }
    }
    if (d.unknown) {
      line(say('unknown'));
      act.unknown = true;
    }
    if (d.addedForTeam) line(say('alreadyHanded'));
    if (d.vague) question = say('goOn');
    else if (d.ask) {
      if (d.offerPerson) {
        line(say(d.unknown ? 'offerStatement' : 'offerAfterAnswer'));
        act.offeredPerson = true;
      }
      question = say(d.ask === 'name' ? 'askName' : 'askEmail');
    } else if (d.handedOver && d.answers.length === 0)
      question = d.readBackEmail || d.addedForTeam ? '' : say('teamWillFollow');
    else if (d.offerPerson) {
      question = say('offerQuestion');
      act.offeredPerson = true;
    } else if (d.answers.length > 0) question = say('afterAnswer');
    else if (d.thanked) question = say('goodbye');
    else if (d.confirmed && previous.asked === 'more')
      question = say(d.issueKnown ? 'teamWillFollow' : 'howCanIHelp');
    else if (!d.issueKnown) question = say('howCanIHelp');
    else {
      question = say('anythingElse');
      act.asked = 'more';
    }
    if (
      d.vague ||
      (!d.issueKnown && question && !d.ask && !d.thanked && !d.offerPerson && d.answers.length === 0)
    )
      act.asked = act.asked ?? 'issue';
  }
  if (d.ask) act.asked = d.ask;
  line(question);
  act.phrases = used;
  const text = blocks
    .map((block) => block.join(' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return { text, act };
}
