import type { ConversationSummary } from '@supportbridge/shared';
import { extractFacts } from './facts.js';
import type { Summarizer, SummaryInput, SummaryTurn } from './summarizer.js';
import { cut, sentences, substantiveTurns, topicOf } from './visitor-text.js';

const TITLE_MAX = 100;
const REQUEST_MAX = 300;
const ANSWER_MAX = 400;

/**
 * The knowledge the bot gave in answer to the request, as its turns recorded it (never re-read
 * from its wording): what the bot turns right after the request's visitor messages (at the
 * places `asked`, up to the visitor's next message) gave. An answer to a later, different
 * question is not the answer to the request, so it is not quoted as one.
 *
 * @example
 * botAnswerOf([{ type: 'user', text: 'Refund?', createdAt: 0 }, { type: 'bot', text: '…', createdAt: 1, act: { answered: [{ entry: 1, text: 'Refunds take 5 days.' }] } }], [0])
 * // 'Refunds take 5 days.'
 */
export function botAnswerOf(messages: readonly SummaryTurn[], asked: readonly number[]): string | undefined {
  const given = new Set<string>();
  for (const at of asked) {
    for (const turn of messages.slice(at + 1)) {
      if (turn.type === 'user') break;
      for (const answer of turn.act?.answered ?? []) given.add(answer.text);
    }
  }
  return given.size > 0 ? cut([...given].join(' '), ANSWER_MAX) : undefined;
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
    const turns = substantiveTurns(messages, contact);
    const matters = turns.map((turn) => turn.text);
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
    // The request is the first matter, and the second when the first was a word or a short sentence.
    const combined = first && second && (first.split(/\s+/).length <= 2 || short);
    const botAnswer = botAnswerOf(
      messages,
      turns.slice(0, combined ? 2 : 1).map((turn) => turn.at),
    );
    return {
      title: titleOf(whoOf(contact), what),
      request,
      facts: extractFacts(messages, exclude, contact.phone),
      ...(botAnswer && { botAnswer }),
      ...(escalation && { escalation: { reason: escalation.reason } }),
    };
  },
};
