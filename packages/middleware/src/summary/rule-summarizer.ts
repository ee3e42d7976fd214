import type { ConversationSummary } from '@supportbridge/shared';
import { extractFacts } from './facts.js';
import type { Summarizer, SummaryInput, SummaryTurn } from './summarizer.js';
import { cut, sentences, substantiveTurns, topicOf } from './visitor-text.js';

const TITLE_MAX = 100;
const REQUEST_MAX = 300;
const ANSWER_MAX = 400;

/** Bot sentences that carry no answer: small talk, contact requests, hand-overs, "I don't know". */
const NOT_AN_ANSWER =
  /\?$|^(?:hi|hello|hey)\b|\bI'm \w+\.$|nice to meet you|lovely to meet you|thanks|thank you|you're welcome|^(?:happy|glad) to help\b|glad I could help|\byour (?:name|e-?mail)\b|\be-?mail address\b|\bhand(?:ing)? (?:this|it|you) over\b|\bpass(?:ing)? (?:this|it) (?:to|on)\b|\bdon't know\b|\bdon't have (?:that|an answer)|not something I know|\bwon't guess\b|rather not guess|\bI've (?:noted|made a note)|\bsorry\b|trouble answering|\btake care\b|have a (?:great|nice|good) day|@|\bour team (?:will (?:reply|get back|be in touch|pick)|already)\b|(?:someone|a person) (?:on|from) our team|\btake over\b|\bpassed (?:that|this) on\b|\bget back to you\b/i;
/** Openers the intake engine puts before an answer; the agent needs the answer alone. */
const ANSWER_LEAD =
  /^(?:good question!|here's what I (?:can tell you|know|found):|happy to help with that\.|sure[,!—-]+)\s*/i;

/**
 * What the bot said that answers something: its sentences minus greetings, questions and
 * hand-over phrases, from its first reply that has any, so the agent knows what the visitor
 * was already told.
 *
 * @example
 * botAnswerOf([{ type: 'bot', text: 'Good question! Refunds take 5 days. Anything else?', createdAt: 0 }])
 * // 'Refunds take 5 days.'
 */
export function botAnswerOf(messages: readonly SummaryTurn[]): string | undefined {
  const firstUser = messages.findIndex((m) => m.type === 'user');
  for (const turn of messages.slice(firstUser + 1)) {
    if (turn.type !== 'bot') continue;
    const kept = sentences(turn.text)
      .map((s) => s.replace(ANSWER_LEAD, '').trim())
      .filter((s) => s.split(/\s+/).length >= 3 && !NOT_AN_ANSWER.test(s));
    if (kept.length > 0) return cut(kept.join(' '), ANSWER_MAX);
  }
  return undefined;
}

/** Joins the visitor's sentences as prose: a capital to start, a full stop where one is missing. */
function asSentences(parts: readonly string[]): string {
  const text = parts.map((p) => (/[.!?…]$/.test(p) ? p : `${p}.`)).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The title's "who": the name, else the email, else "Visitor"; never long enough to crowd
 * out the "what".
 *
 * @example
 * whoOf({ email: 'maria@example.com' }) // 'maria@example.com'
 */
export function whoOf(contact: SummaryInput['contact']): string {
  const who = contact.name?.replace(/[\r\n]+/g, ' ').trim() || contact.email?.trim() || 'Visitor';
  return cut(who, 48);
}

/**
 * Composes a "who: what" title within 100 characters, cutting the topic on a word boundary.
 *
 * @example
 * titleOf('Maria Garcia', 'refund for order 48213') // 'Maria Garcia: refund for order 48213'
 */
export function titleOf(who: string, what: string): string {
  return `${who}: ${cut(what, TITLE_MAX - who.length - 2)}`;
}

/**
 * The summarizer that needs no network: deterministic rules over the transcript. The request
 * is the visitor's own words (first one or two sentences of what they need), facts come from
 * patterns and compromise, and the bot's answer is what it said beyond small talk.
 *
 * @example
 * const summary = await ruleSummarizer.summarize({ botName: 'Ava', messages, contact: { name: 'Maria Garcia' } });
 * summary.title // 'Maria Garcia: refund for order 48213'
 */
export const ruleSummarizer: Summarizer = {
  async summarize(input: SummaryInput): Promise<ConversationSummary> {
    const { messages, contact, escalation } = input;
    const matters = substantiveTurns(messages, contact);
    const first = matters[0];
    let what = first ? topicOf(first) : '';
    // A one- or two-word opener ("refund", "order cancel") names the matter; the next message
    // says what happened, and the team needs both.
    const second = matters[1];
    if (first && second && first.split(/\s+/).length <= 2) what = `${what} — ${topicOf(second)}`;
    if (!what) what = escalation ? 'asked for a person' : 'conversation without a question';
    // One short first sentence ("Refund please.") reads better with the next one beside it.
    const said = first ? sentences(first) : [];
    const short = said.length === 1 && (said[0]?.split(/\s+/).length ?? 0) < 8;
    const requestSentences =
      short && matters[1] ? [...said, ...sentences(matters[1]).slice(0, 1)] : said.slice(0, 2);
    const request =
      requestSentences.length > 0
        ? cut(asSentences(requestSentences), REQUEST_MAX)
        : escalation
          ? 'The visitor asked to talk to a person.'
          : 'The visitor did not say what they need.';
    const exclude = [input.botName, ...(contact.name ?? '').split(/\s+/), contact.name ?? ''].filter(Boolean);
    const botAnswer = botAnswerOf(messages);
    return {
      title: titleOf(whoOf(contact), what),
      request,
      facts: extractFacts(messages, exclude, contact.phone),
      ...(botAnswer && { botAnswer }),
      ...(escalation && { escalation: { reason: escalation.reason } }),
    };
  },
};
